"""The evaluation corpus as a regression floor: attribution and answers must not get worse.

The floors sit just under the figures measured when they were set (see the README's
"Answer quality"); raise them when the engine improves, never lower them to pass. When
articles the engine has never seen join the corpus, the figures are measured anew and the
floors set just under them (the who-said floor: 0.96 on nine articles, 0.92 since the two
newest joined with three of their four who-said questions in other words than the quote; the
ceiling on answerable questions abstained on: 0.08, then 0.085 since 30 fresh questions on the
shipped article joined, four of them paraphrases the engine abstains on; then, when a sports
report and a business wire story joined at 68–70 %, the pass floor 0.86 -> 0.85 and that
ceiling 0.085 -> 0.095; then, when a court report, a broadcaster's health story and an
encyclopedia article written like a reading-comprehension benchmark joined, scored 58 % before
any change for them: attribution recall 0.98 -> 0.97, pass 0.85 -> 0.81, who-said 0.92 -> 0.91,
abstention recall 0.88 -> 0.82 — the encyclopedia's 22 near misses each keep all but one of
the words of a sentence — and the ceiling on answerable questions abstained on 0.095 -> 0.115;
then, when an encyclopedia biography and a TV station's page joined, which the engine first
could not parse at all (footnote marks, a weather-alert banner): speaker 0.96 -> 0.94, pass
0.81 -> 0.79, abstention recall 0.82 -> 0.78, that ceiling 0.115 -> 0.13; then, when a Q&A
interview — its answers unquoted, a layout the engine did not read at all — and an Indian
news portal's page joined: attribution precision 0.985 -> 0.98 and recall 0.97 -> 0.93, back
to 0.96 once an interview's questions were its interviewer's, pass 0.79 -> 0.78, speaker
0.94 -> 0.90, that ceiling 0.13 -> 0.135; then, when an Australian page quoting in single
marks (no quote read at all before), a British tabloid's page (labels for names) and a
markets wrap joined, scored 65 % before any change for them: attribution precision
0.98 -> 0.975 and recall 0.96 -> 0.94, speaker 0.90 -> 0.88; raised again to 0.98, 0.95 and
0.90 once the classes they showed were fixed; then, when a US wire story syndicated on a
newspaper's site, a public broadcaster's page and a state news agency's report joined with 70
more reader questions on the shipped article, scored 65 % before any change for them (the
shipped questions 59 %): speaker 0.90 -> 0.89; then, when a Nigerian daily's page (honorifics,
a statement signed by an aide), a Japanese public broadcaster's English report and a magazine
longread (siblings called by first name) joined with 60 more reader questions on the shipped
article, scored 67 % before any change for them (attribution precision 0.77, the shipped
questions 65 %): attribution precision 0.98 -> 0.965 and recall 0.95 -> 0.94, pass 0.78 -> 0.77,
speaker 0.89 -> 0.88, that ceiling 0.135 -> 0.145; then, when a British regional paper quoting in
single marks, a Kenyan daily, a financial wire's scoop built on unnamed sources and an
encyclopedia page copied from a browser (which the engine could not read past its boxes) joined
with 60 more reader questions on the shipped article, scored 59 % before any change for them
(attribution recall 0.75, the shipped questions 73 %): attribution recall 0.94 -> 0.93, pass
0.77 -> 0.76, speaker 0.88 -> 0.84, that ceiling 0.145 -> 0.15; then, when an encyclopedia page on a
treaty written like a reading-comprehension benchmark and a Philippine daily's page (Taglish
quotes, "Usec.", pesos as "P2.5-billion", its phone questions in Taglish) joined with 60 more
reader questions on the shipped article, scored 60 % before any change for them (the phone
questions 33 %, the shipped questions 65 %): attribution recall 0.93 -> 0.925, pass 0.76 -> 0.75,
speaker 0.84 -> 0.82, that ceiling 0.15 -> 0.155; then, when an international channel's explainer
(key points, a pull quote repeating a quote), a US health desk's trial report ("Portland, Ore.", a
spokeswoman for the Food and Drug Administration) and a Canadian public broadcaster's page (quotes
said in French) joined with 60 more reader questions on the shipped article, scored 65 % before
any change for them (the phone questions 56 %, the shipped questions 52 %): speaker 0.82 -> 0.81;
then, when a US newspaper of record's page (Mr. on every later reference, anonymous aides), a South
African news site's page (rand written "R2 800", "MMC" as a title, Afrikaans and isiZulu) and a
Singapore daily's parliamentary report (constituencies in brackets, ministers by portfolio) joined
with 60 more reader questions on the shipped article, scored 65 % before any change for them
(attribution precision 0.89, the phone questions 42 %, the shipped questions 38 %): pass 0.75 -> 0.74,
that ceiling 0.155 -> 0.165, attribution recall raised 0.925 -> 0.93 once the classes were fixed; then,
when a Pakistani daily's page (portfolio titles before names, "Rs17.9tr", a comment section), an Irish
broadcaster's page ("Minister for Housing, Local Government and Heritage Séamus Ó Callaráin", TDs for
constituencies, Irish-language quotes) and a German broadcaster's English page (names with particles, quotes
translated from three languages) joined with 60 more reader questions on the shipped article, scored 66 %
before any change for them (attribution precision 0.79, the phone questions 38 %, the shipped questions 53 %):
that ceiling 0.165 -> 0.175, for their paraphrases and phone questions; then, when a New Zealand
broadcaster's page (Māori names and words, "the 58-year-old told RNZ"), a Gulf daily's page ("HE Dr …",
"Dh6.2 billion") and a Ghanaian news site's page ("Nana", "COCOBOD", a comment section), written after the
changes above, joined with 60 more reader questions on the shipped article, scored 64 % by the engine of the
session's start and 65 % by the engine of the time (attribution recall 0.78, the phone questions 53 %, the
shipped questions 32 %): pass 0.74 -> 0.73, speaker 0.81 -> 0.79, that ceiling 0.175 -> 0.185; then, when a
Jamaican daily's page ("the Most Honourable", a nickname in quotes, Patois glossed in brackets), a Malaysian
daily's page ("Datuk Seri", "bin", "a/l") and an encyclopedia page copied with its menus and contents box joined
with 60 more reader questions on the shipped article (learners, yes/no checks of claims, keywords), scored 64 %
before any change for them (attribution precision 0.68 on the Malaysian page, the phone questions 51 %, the
shipped questions 45 %): speaker 0.79 -> 0.78, that ceiling 0.185 -> 0.19; then, when a Hong Kong daily's page
(Chinese names after English ones, "LegCo"), an AFP wire story (hyphen-wrapped subheadings) and a US local paper's
page with readers' comments joined with 60 more reader questions on the shipped article (fact-checkers, voice
dictation, other languages), scored 64 % before any change for them (the phone questions 51 %, the shipped
questions 48 %), and the engine had gained on the rest: attribution precision 0.965 -> 0.97 and recall 0.93 ->
0.94, speaker 0.78 -> 0.80, who-said 0.91 -> 0.92 raised; then, when a US newsletter's page written in
bullets, a public radio transcript (speakers under labels in capitals, some named nowhere else) and a Mexican
English-language site's page (two surnames, a governor's office) joined with 60 more reader questions on the
shipped article (students, quiz-setters, leading questions, questions about the page), scored 47 % before any
change for them (attribution recall 0.32, the phone questions 40 %, the shipped questions 47 %): pass 0.73 ->
0.72, speaker 0.80 -> 0.79, that ceiling 0.19 -> 0.20; then, when a football site's post-match reaction page
("the Dutchman", "the Wexley boss", colon-led headers), a fact-checking site's page (a claim box, a rating, a
predecessor "Gov.") and a broadsheet obituary (the subject and his daughter sharing a surname, the dates of a life)
joined with 60 more reader questions on the shipped article (keywords, voice dictation, mixed-up events), scored
59 % before any change for them (attribution recall 0.69, the phone questions 51 %, the shipped questions 58 %):
that ceiling 0.20 -> 0.21; then, when an entertainment trade site's page (a share bar's "Comments (214)" above
the story, film titles in quotes), a business site's earnings story (writers over their "@handles", "the company")
and a metro daily's crime story (a victim and her father sharing a surname, "Lt.", a stepson known by initials)
joined with 60 more reader questions on the shipped article (a child, a trader, lists, formal passives,
phonetic spellings), scored 42 % before any change for them (the trade page refused as having no body, the phone
questions 31 %, the shipped questions 40 %): pass 0.72 -> 0.71, speaker 0.79 -> 0.78; then, when a Korean daily's
page (names surname first, "Rep."), a US political site's page (senators as "(D-Ariz.)" and later "the Arizona
Democrat", newsletter boxes mid-story) and a space news site's page ("NASA Associate Administrator", a newsletter
box, the writer's note and a forum plug after the story) joined with 60 more reader questions on the shipped
article (courteous elders, negative statements, timelines, essay evidence, abbreviations, emoji), scored 63 %
before any change for them (the phone questions 49 %, the shipped questions 40 %), and the engine had gained on
the rest: pass 0.71 -> 0.72 and speaker 0.78 -> 0.79 raised, that ceiling 0.21 -> 0.20 lowered; then, when a
Sri Lankan daily's page ("Rs.", "Eng.", MPs with party acronyms, a "RELATED NEWS" box mid-story), a Nordic public
broadcaster's English page (a ministry spokesperson, a comments notice) and a tech blog's page (a "Related" box
mid-story, embedded posts signed "— Name (@handle)", an affiliate disclosure) joined with 60 more reader questions
on the shipped article (asking for someone else, translators, false premises, radio hosts, learners, idioms),
scored 49 % before any change for them (attribution recall 0.57: the story ended at each "Related" box; the phone
questions 47 %, the shipped questions 43 %): pass 0.72 -> 0.71; then, when a US student newspaper's page (class
years after names, "Gretchen A. Haldane", a corrections box), a first-person opinion column ("This article is more
than 1 month old", a letters prompt), a consumer-advice site's recall page (product boxes, two unnamed
spokespeople) and a Scottish regional daily's page ("Alasdair Rennie MSP (Conservative)", Gaelic place names)
joined with 60 more reader questions on the shipped article (capitals, slang, autocorrect, analysts, citations,
tangents), scored 62 % before any change for them (the phone questions 52 %, the shipped questions 42 %): who-said
0.92 -> 0.91, for their paraphrased who-said questions, and speaker 0.79 -> 0.80 raised; then, when an environment
site's page (a "Citations:" list, "by X on 19 November 2025", a quote "through an interpreter"), a translated news
magazine feature (a kicker over the headline, "Yıldız", "shot back:"), a legal news page (attorneys with their firms
in brackets, "Judge Mabry cut in.") and a farm trade weekly's page (prices in "ppl", a members' pitch, two chairmen)
joined with 60 more reader questions on the shipped article (sourcing, French-English, nicknames, skimmers, quote
checkers, long messages), scored 63 % before any change for them (the phone questions 58 %, the shipped questions
43 %; the first of them, "what did yildiz say", crashed the engine): speaker 0.80 -> 0.79, that ceiling 0.20 ->
0.21; then, when an Australian metro daily's page (two writers in the byline, their notes and "Connect via email."
after the story), a Turkish English-language daily's page ("DAILY SABAH WITH AA", "Keep up to date with …"), a UK
agency's committee report under a cookie-consent banner ("Labour MP for Ellesby and Crome, Dev Raithatha, asked")
and a Brazilian business site's page (R$ sums, "Jéssica Lopes do Nascimento") joined with 60 more reader questions
on the shipped article (one-word, Chinese-English, about the page, quote completers, reporters on deadline, why
and how questions), scored 63 % before any change for them (the phone questions 60 %, the shipped questions
52 %; the committee report's headline was the cookie banner's): speaker 0.79 -> 0.80 raised; then, when a Kenyan
daily's county-assembly story (MCAs, "Mzee", "the county boss", Swahili), a Hong Kong daily's page ("Why you can
trust …" between the headline and its byline, a "Read more" link mid-story), a UK live blog (entries newest first,
a newsletter box mid-page) and a science news site's page ("says", a newsletter form) joined with 60 more reader
questions on the shipped article (two questions in one, British slang, lawyers, sub-editors, Arabic-English,
multiple choice), scored 59 % before any change for them (the live blog ended at its newsletter box, the phone
questions 52 %, the shipped questions 50 %): no floor moved; then, when a Caribbean daily's page (patois quotes
with their translations, photographers' credits as "Name/Photographer", readers' comments), a Gulf daily's page
(dirhams, "Eng.", "told WAM, the state news agency,"), a local TV station's page ("Download our app", a video
transcript) and a shipping trade paper's page (a rate table, the writer's note) joined with 60 more reader
questions on the shipped article (German-English, indirect requests, notes with arrows, recaps, quotes in
context, Portuguese-English), scored 67 % before any change for them (the phone questions 62 %, the shipped
questions 53 %): no floor moved; then, when a Kyiv independent site's page ("Author:", "Editor's note:", members'
pitches), a Thai daily's page ("WRITER:", police ranks "Pol Lt Gen", nicknames in brackets), a Ugandan daily's page
("By NAME" over "More by this Author", a shadow minister) and a Swiss broadcaster's international page (a
language switcher under "SWI swissinfo.ch", translated quotes marked "(translated from French)", a "More" box)
joined with 60 more reader questions on the shipped article (Russian-English, either-or, order in the story,
Italian-English, roles only, opinions), scored 62 % before any change for them (attribution precision 0.89 and
recall 0.84, the phone questions 65 %, the shipped questions 50 %): no floor moved; then, when an Israeli
English daily's page (a site name over a live-updates strip, "By NAME Follow", a members' box, "(Name/Flash90)"
credits), a Vietnamese site's page ("Related news:" inside the story, "VND47.9 trillion", given names on second
reference), an Indonesian daily's page (single names, "deputy for climatology Nurhayati", "head Lt. Gen.", a date
under the byline) and an Egyptian site's page ("Ahram Online , Monday 3 Nov 2025", an acronym's body asked for in
full) joined with 60 more reader questions on the shipped article (Japanese-English, synonyms, who else,
definitions, near misses, vague references), scored 57 % before any change for them (attribution precision 0.88
and recall 0.72, the phone questions 55 %, the shipped questions 43 %): no floor moved; then, when a Zimbabwean
state daily's page ("Lands, Agriculture, Fisheries, Water and Rural Development Minister Dr", "Cde", a union's
acronym before its president's title), a Polish site's page (a donation box inside the story), a Kenyan business
daily's page ("By BRIAN OTIENO MUSYOKA" over "Senior Business Writer", "The firm said in a statement") and a
Bangladeshi daily's page (a menu of sections, "Md", "Upazila Nirbahi Officer (UNO) Farzana Akter") joined with 60
more reader questions on the shipped article (Korean-English, background, one-line answers, contrasts, lower-case
run-ons, checking whose words a phrase is), scored 69 % before any change for them (attribution precision 0.93 and
recall 0.94, the phone questions 68 %, the shipped questions 57 %): no floor moved; then, when a Nepali daily's
page ("Chief District Officer (CDO) of Sindhupalchok Bishnu Prasad Adhikari", two Tamangs), a Fijian daily's page
(a "Latest News" box inside the story, "Ratu Jone"), a Maltese daily's page and a Peruvian agency's page (double
surnames, "regional governor of Apurímac Edgar Huamaní Palomino") joined with 60 more reader questions on the
shipped article (Vietnamese-English, cause and effect, formal honorifics, lines to post, metaphors, relative time),
scored 59 % before any change for them (attribution precision 0.94 and recall 0.72, the phone questions 62 %, the
shipped questions 47 %): no floor moved; then, when a Welsh regional site's page ("Ceri Pryce MS (Plaid Cymru)",
a "SEE ALSO" box inside the story), a Sri Lankan daily's page ("He said," before the quote, "K.A. Nimal Perera"), an
Icelandic site's page (patronymics, "-dóttir") and a Ugandan daily's page ("Shs400,000", "Advertisement" inside the
story) joined with 60 more reader questions on the shipped article (Turkish-English, scope limits, attribution
doubts, numbers, paraphrase checks, bare topics), scored 59 % before any change for them (attribution precision 0.86
and recall 0.66, the phone questions 68 %, the shipped questions 65 %): abstention recall 0.78 -> 0.77, its near
misses in the Ugandan story's second half, which a "SEE ALSO" box had hidden); then, when a Trinidadian daily's page
(nicknames: 'Rudolph Sookdeo, known to everyone in the village as "Papa Bois"'), a Mongolian agency's page (names
written "D.Tsolmon", "Governor of Zavkhan aimag"), a Latvian broadcaster's page ("press Ctrl+Enter" under the story)
and a Bolivian wire story (double surnames, "told local radio Erbol") joined with 60 more reader questions on the
shipped article (Indonesian-English, rosters of speakers, single words quoted, hypotheticals, a radio host's
set-ups, lines to finish), scored 70 % before any change for them (attribution precision 0.94 and recall 0.86, the
phone questions 67 %, the shipped questions 58 %), and the engine had gained on the rest: abstention recall
0.77 -> 0.78 raised; then, when a Taiwanese wire's page ("Kuomintang (KMT) Legislator Lo Kuan-yu (羅冠宇)", a
bracketed byline at its foot), an Ethiopian site's page ("Ato Bekele Jarso", given names on second reference), a
Cypriot daily's page ("a Greens MP") and a Namibian daily's page ("said Lüderitz constituency councillor Mervin
Jacobs", "10h00") joined with 60 more reader questions on the shipped article (Polish- and Thai-English, "did
anyone", superlatives, other forms of names, query syntax), scored 73 % before any change for them (attribution
precision 0.97 and recall 0.92, the phone questions 63 %, the shipped questions 52 %), no floor moved; then, when
the English edition of a Greek daily ("Mykonos Mayor Michalis Roussos", islands listed after a clause), a Portuguese
agency's English service (four-part names, "the Secretary of State for Energy, Maria João Almeida Rebelo",
"considered the ruling “…”"), a Zambian daily's page (a "Trending" box inside the story, two "Dr"s) and a Bhutanese
paper's page ("Lyonpo", "Gup", "Aum", "Ap") joined with 60 more reader questions on the shipped article (Taglish,
Swahili and Dutch-English, hedges, numbers in words, sarcasm), scored 59 % before any change for them (attribution
precision 0.90 and recall 0.72, the phone questions 60 %, the shipped questions 42 %), no floor moved; then, when a
Rwandan daily's page ("Hon. Claudine Mukeshimana", Kinyarwanda glossed in brackets, a one-word company), Estonia's
public broadcaster's English page (parties in brackets, "Editor:", "Source: …/ERR" credits), an Argentine weekly's
page ("ARS$859", "told Radio Mitre") and an Omani daily's page ("His Excellency", "bint", "Dr. Huda") joined with 60
more reader questions on the shipped article (Nigerian Pidgin, Manglish, Afrikaans- and Bengali-English, orders,
anxious punctuation), scored 67 % before any change for them (attribution precision 0.93 and recall 0.88, the phone
questions 72 %, the shipped questions 50 %), no floor moved; then, when Radio Prague's English page ("Author:",
"Listen"), a Moroccan site's page ("MAD 6.5 billion", "Read also:", "(With MAP)"), a Papua New Guinean daily's page
("K45 million", "Chief Insp", Tok Pisin glossed) and a Guyanese daily's page ("G$1,500", the site's name again as
its dateline) joined with 60 more reader questions on the shipped article (Jamaican Patois, formal Indian English,
romanised Persian and Greek, a cross-examiner, a US Southerner), scored 66 % before any change for them
(attribution precision 0.97 and recall 0.93, the phone questions 58 %, the shipped questions 43 %), no floor moved;
then, when a Malawian site's page ("Also Read:" and "Follow us on Facebook" boxes in the body, a tagline over the
menu), an Icelandic site's page (patronymics, "Live updates"), a Lebanese daily's page ("[translated from Arabic]",
"LL 2.5 million, or about $28") and a Fijian daily's page (a "Most read" sidebar in the story) joined with 60 more
reader questions on the shipped article (Scots, Quebec French, Australian, romanised Hebrew, a sports commentator,
Haitian Creole), scored 64 % before any change for them (attribution precision 1.00 and recall 0.88, the phone
questions 62 %, the shipped questions 30 %), no floor moved; then, when a Jordanian daily's page ("By Nadine
Shurafa - Oct 14,2025 - Last updated …", a "Related Articles" block in the story), a Samoan daily's page (matai
titles, a paywall prompt in the body), a Slovak English-language site's page ("Compiled by", "18. Mar 2025 at
14:32") and a Tongan site's page (a time stamp "Wednesday, March 19, 2025 - 17:42. Updated on …", names opening on a
glottal stop) joined with 60 more reader questions on the shipped article (Irish English, Singlish, Swedish, Yoruba,
Welsh, romanised Ukrainian), scored 64 % before any change for them (attribution precision 0.95 and recall 0.95,
the phone questions 75 %, the shipped questions 38 %), no floor moved; then, when a Kazakh site's page ("Vice
Minister of Agriculture of the Republic of Kazakhstan Yerbol Taskarayev told reporters"), a Cambodian daily's page
("H.E.", "Lok Chumteav", "Oknha", "KT/Phan Vicheka"), a Bahamian daily's page ("the Windsor Heights MP", readers'
comments under the story) and a Mauritian site's page ("Édition du lundi 30 novembre 2026", "Par …", "Publié le :
30/11/2026 - 14:05") joined with 60 more reader questions on the shipped article (Romanian, Czech, isiZulu, Hawai'i
Pidgin, te reo Māori, Cockney), scored 64 % before any change for them (attribution precision 0.94 and recall 0.93,
the phone questions 65 %, the shipped questions 30 %): who-said 0.91 -> 0.90, for the new readers' paraphrased
who-said questions in six languages; then, when a Sudanese site's page ("November 28, 2026 (PORT SUDAN) –", "Eng.
Awad al-Karim Babiker Hassaballa"), a Georgian site's page (parties in brackets after names), a Lao site's page ("Mr
Anuwat", "a Vientiane-based freight forwarder") and a Bruneian daily's court report ("Dayang Hajah Nurhafizah binti
Haji Md Salleh", "the DPP") joined with 60 more reader questions on the shipped article (Hungarian, Serbian,
Tanglish, Somali, Scouse, Lithuanian), scored 64 % before any change for them (attribution precision 0.78 and
recall 0.70): no floor moved; then, when a Croatian site's page, an Armenian agency's page ("YEREVAN, NOVEMBER 19.
ARMENPRESS.", "180 AMD"), a Seychellois daily's page ("by Marie-Claire Larue", "the Minister for Agriculture, Climate
Change and Environment, Mr Gervais Nourrice") and a Solomon Islands daily's page ("Clerk to Council Ambrose
Luialamo", Pijin quotes, an advert inside the story) joined with 60 more reader questions on the shipped article
(Slovak, Amharic, Punjabi, Geordie, Croatian, Nepali), scored 65 % before any change for them (attribution
precision 0.97 and recall 0.95, the phone questions 63 %, the shipped questions 38 %): no floor moved; then, when
a Vanuatu daily's page ("VT2,100 a tonne", Bislama glossed in brackets), an Eswatini daily's page ("FILE PIC:",
"E4.2 million", "Honourable Magagula"), a Bermudian daily's page ("Renée Whitter (OBA, Sandys North)", a paywall
notice inside the story) and a Balkan analysis site's page (the byline's name, town and outlet each on a line under
the standfirst, "told the local portal Glas Gračanice") joined with 60 more reader questions on the shipped article
(Bulgarian, Estonian, Sinhala, Albanian, Bisaya, Pashto), scored 67 % before any change for them (attribution
precision 0.99 and recall 0.96, the phone questions 65 %, the shipped questions 27 %): no floor moved; then, when
a Botswana daily's page ("Rre Kebonye Motlhabane", "P150,000"), a Gibraltar daily's page (a cookie banner, "the
Minister for Home Affairs"), a Cook Islands daily's page ("Kia orana", "Known around the district as Papa Tuki, the
veteran fisherman …") and a Lesotho weekly's page ("Mme ‘Mamotselisi Lebona", "M3 380", "told Molapo FM") joined with
60 more reader questions on the shipped article (Latvian, Macedonian, Kurdish, Malayalam, Georgian, Uzbek), scored
67 % before any change for them (attribution precision and recall 0.91, the phone questions 67 %, the shipped
questions 27 %): no floor moved; then, when a Zimbabwean daily's page ("BY SIMANGALISO MLILO", "ZiG1 200"), a
Falklands weekly's page ("MLA Rosalind Teale", "IN THIS WEEK’S PAPER:"), a Guam daily's page (a "More from Guam PDN"
box inside the story, "Sen. Marisol T. Quenga") and a Belize weekly's page ("Posted in Headline, News", "Hon. Delmer
Ku") joined with 60 more reader questions on the shipped article (Armenian, Mongolian, Kazakh, Khmer, Azerbaijani,
Icelandic), scored 68 % before any change for them (attribution precision 0.96 and recall 0.83, the phone questions
70 %, the shipped questions 28 %): no floor moved; then, when a Cayman daily's page ("CI$1.8 million", "Chief Fire
Officer Osbert Levy"), an Isle of Man site's page ("Alastair Corkish MHK", a subscription pitch inside the story), a
Marshall Islands weekly's page ("This week’s Journal:", "Senator Hiroshi Laijo, who represents Jaluit") and a St
Helena weekly's page ("Print edition out Thursday", "Her mother, Cheryl Yon") joined with 60 more reader questions on
the shipped article (Burmese, Lao, Maltese, Tajik, Kyrgyz, Hausa), scored 67 % before any change for them
(attribution precision 0.83 and recall 0.82, the phone questions 63 %, the shipped questions 37 %): no floor moved;
then, when a Greenland site's page ("Naalakkersuisoq", a cookie banner in Danish), a Malawi daily's page ("T/A
Kanyumbi", "the Malawi Alliance for Progress (MAP) spokesperson"), a Kosovo site's page ("Prishtina/Priština", "KRU
Rrjedha") and a Québec broadcaster's page ("Coun. Louis-Philippe Caron", "(translated)") joined with 60 more reader
questions on the shipped article (Belarusian, Basque, Catalan, Luxembourgish, Igbo, Uyghur), scored 64 % before any
change for them (attribution precision 0.90 and recall 0.91, the phone questions 67 %, the shipped questions 28 %):
no floor moved; then, when a Faroese broadcaster's English page (a cookie banner in Faroese, "Eyðun við Á"), a
Timorese agency's page ("Reporter:" over "Editor:", a menu set apart with spaces), an Åland daily's translated page
(a paywall row and a comments notice in Swedish) and a Tuvaluan bulletin ("NA TUSI NE | BY:", a notices box in the
story) joined with 60 more reader questions on the shipped article (Faroese, Malagasy, Tatar, a reader who asks in
negatives, a librarian, a hashtag user), scored 63 % before any change for them (attribution precision 0.90 and
recall 0.90, the phone questions 62 %, the shipped questions 48 %): no floor moved; then, when a Nunavut weekly's page
(the headline in Inuktitut syllabics over the English one, "MLA for …"), a Palau weekly's page ("High Chief Ibedul", a
tagline over a weather line and a menu), a Moldovan agency's page ("Chisinau, November 26 /IPN/.", "26.11.2025 17:48
| Author:") and a Liberian daily's page ("Rep. … (District #3, Bong County)", "Paramount Chief") joined with 60 more
reader questions on the shipped article (Slovene, Kinyarwanda, Shona, Galician, Quechua with Spanish, a question put
through a translation app), scored 64 % before any change for them (attribution precision 0.96 and recall 0.94, the
articles' questions 70 %, the shipped questions 20 %): no floor moved; then, when a Maldivian site's page ("Malé",
"Ahmed Shareef (Kudey)", sums in MVR and laari), a Mozambican site's page translated from Portuguese ("Mozambique:"
headline, "Source: Notícias"), a Luxembourg paper's English page (a note that it was translated) and a Guernsey paper's
page ("Deputy" for members of the States, single quotation marks) joined with 60 more reader questions on the shipped
article (Telugu, Marathi, Sesotho, Bosnian, Tongan with English, a commuter typing with one hand), scored 63 % before
any change for them (attribution precision 0.95 and recall 0.94, the articles' questions 65 %, the shipped questions
45 %): no floor moved; then, when a Gambian daily's page ("Hon." and "NAM for Banjul Central", dalasis), a Curaçao
site's page ("WILLEMSTAD –" and no byline, "drs." and "mr.", a quote in Papiamentu), a Kyrgyz agency's English page
("BISHKEK, November 24. /24.kg/ –", quotes in guillemets) and a Svalbard weekly's wry page joined with 60 more reader
questions on the shipped article (Wolof, Hmong, Papiamentu, Bislama, Scottish Gaelic, a copy editor), scored 60 %
before any change for them (attribution precision 0.87 and recall 0.78, the articles' questions 63 %, the shipped
questions 33 %): no floor moved; then, when a Surinamese site's English page (a tagline over the menu, "(DWT
Online)" for a byline, Dutch terms glossed), a Tasmanian daily's page ("Picture:" credits, a prompt to follow
Tasmania's headlines), a Mongolian daily's page ("D.Sumiyabazar" names, "khoroo") and a Welsh site's page (a
donation box, a quote in Welsh) joined with 60 more reader questions on the shipped article (Sranan Tongo, Yiddish,
Breton, Samoan, Kannada, a student revising), scored 63 % before any change for them (attribution precision 0.87
and recall 0.89, the articles' questions 66 %, the shipped questions 40 %): no floor moved.
"""

from __future__ import annotations

from pathlib import Path

from bench import quality

ATTRIBUTION_PRECISION_FLOOR = 0.97
ATTRIBUTION_RECALL_FLOOR = 0.94
QUESTION_PASS_FLOOR = 0.71
SPEAKER_PASS_FLOOR = {"speaker": 0.80, "who_said": 0.90}  # "what did X say?" and "who said …?" questions
ABSTENTION_RECALL_FLOOR = 0.78
ANSWERABLE_ABSTAINED_CEILING = 0.21


def test_corpus_scores_stay_above_their_floors(tmp_path: Path) -> None:
    results = quality.run(out_dir=tmp_path)
    attribution = results["attribution"]
    assert attribution["gold"] >= 4631  # the corpus is all there: 188 articles of hand-written gold
    assert attribution["precision"] >= ATTRIBUTION_PRECISION_FLOOR
    assert attribution["recall"] >= ATTRIBUTION_RECALL_FLOOR
    assert results["questions"]["pass_rate"] >= QUESTION_PASS_FLOOR
    assert results["questions"]["by_article"]["dev"] == {"pass": 20}
    for kind, floor in SPEAKER_PASS_FLOOR.items():
        counts = results["questions"]["by_kind"][kind]
        assert counts["pass"] / (counts["pass"] + counts.get("fail", 0)) >= floor, kind
    abstention = results["questions"]["abstention"]
    assert abstention["recall"] >= ABSTENTION_RECALL_FLOOR
    assert abstention["answerable_abstained"] <= ANSWERABLE_ABSTAINED_CEILING


def test_corpus_articles_are_complete() -> None:
    articles = quality.load_corpus(include_dev=False)
    assert len(articles) >= 8
    for article in articles:
        assert article.quotes, article.slug
        assert len(article.questions) >= 40, article.slug
