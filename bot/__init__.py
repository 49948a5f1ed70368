"""The Telegram side: settings, handlers, rendering and the entry point."""
