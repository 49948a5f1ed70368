"""Run every benchmark with its default sizes: ``python -m bench``."""

from bench import bot_http, engine, growth, persistence
from knowledge import SHIPPED_ARTICLE

if __name__ == "__main__":
    engine.run(SHIPPED_ARTICLE, repeat=107, builds=20)
    growth.run([10, 100, 1000, 10000], rounds=25)
    persistence.run(updates=4000, chats=200, rounds=5)
    bot_http.run(questions=1000, chats=50, samples=50, rounds=3)
