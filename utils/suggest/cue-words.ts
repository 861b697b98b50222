// Word lists behind the rules: titles and role nouns that announce a person, head words and
// context words that announce an organisation, and page furniture that is neither. General
// English news usage only; names of particular people or organisations never belong here.

/** Capitalised titles written before a person's name (`Mr Obama`, `Gen. Gerasimov`). */
// prettier-ignore
export const PERSON_TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'dr', 'dr.', 'sir', 'dame', 'lord',
  'lady', 'prof', 'prof.', 'professor', 'president', 'president-elect', 'vice-president',
  'governor', 'gov', 'gov.', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative',
  'congressman', 'congresswoman', 'gen', 'gen.', 'general', 'col', 'col.', 'colonel', 'lt', 'lt.',
  'lieutenant', 'capt', 'capt.', 'captain', 'sgt', 'sgt.', 'sergeant', 'major', 'admiral',
  'commander', 'minister', 'chancellor', 'secretary', 'king', 'queen', 'prince', 'princess',
  'pope', 'father', 'fr', 'fr.', 'bishop', 'archbishop', 'cardinal', 'rev', 'rev.', 'reverend',
  'rabbi', 'imam', 'sheikh', 'judge', 'justice', 'mayor', 'ambassador', 'commissioner', 'speaker',
  'leader', 'premier', 'chairman', 'chairwoman', 'chair', 'inspector', 'detective', 'officer',
  'constable', 'coach', 'sister', 'brother', 'saint', 'st.', 'ayatollah', 'emir', 'sultan', 'dj',
]);

/** Two-word titles (`Prime Minister`), matched on the two tokens before the name. */
// prettier-ignore
export const PERSON_TITLE_PAIRS = new Set([
  'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'home secretary',
  'foreign secretary', 'chief executive', 'vice president', 'attorney general',
  'secretary general', 'opposition leader', 'chief inspector', 'first lady', 'chief justice',
  'deputy leader',
]);

/** Lower-case role nouns that introduce a name (`spokesman John Kirby`, `governor, X`). */
// prettier-ignore
export const ROLE_WORDS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'student', 'ranger', 'elder', 'lawyer',
  'minister', 'ministers', 'senator', 'president', 'leader', 'chief', 'editor', 'reporter',
  'correspondent', 'columnist', 'colleague', 'wife', 'husband', 'son', 'daughter', 'mother',
  'father', 'brother', 'sister', 'widow', 'uncle', 'aunt', 'niece', 'nephew', 'grandson',
  'granddaughter', 'priest', 'inspector', 'analyst', 'economist', 'professor', 'researcher',
  'scientist', 'director', 'founder', 'co-founder', 'ceo', 'executive', 'chairman', 'chairwoman',
  'officer', 'official', 'commander', 'general', 'activist', 'campaigner', 'author', 'writer',
  'actor', 'actress', 'singer', 'rapper', 'player', 'striker', 'coach', 'manager', 'judge',
  'mayor', 'candidate', 'deputy', 'secretary', 'envoy', 'ambassador', 'blogger', 'journalist',
  'photographer', 'mp', 'councillor', 'pastor', 'bishop', 'dictator', 'tycoon', 'billionaire',
  'businessman', 'businesswoman', 'entrepreneur', 'expert', 'historian', 'novelist', 'poet',
  'artist', 'doctor', 'nurse', 'teacher', 'chef', 'defendant', 'suspect', 'victim', 'whisperer',
  'veteran', 'widower',
]);

/** Words that end an organisation's name or open it (`… Corps`, `Ministry of …`). */
// prettier-ignore
export const ORG_HEADS = new Set([
  'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'corp', 'corp.', 'co', 'co.', 'gmbh', 'ag', 'sa',
  'company', 'companies', 'corporation', 'ministry', 'ministries', 'department', 'party', 'corps',
  'legion', 'army', 'navy', 'council', 'committee', 'university', 'college', 'school', 'academy',
  'agency', 'bank', 'group', 'foundation', 'institute', 'institution', 'association', 'union',
  'commission', 'court', 'times', 'news', 'post', 'journal', 'herald', 'tribune', 'gazette',
  'telegraph', 'guardian', 'press', 'network', 'networks', 'parliament', 'senate', 'congress',
  'assembly', 'police', 'office', 'bureau', 'board', 'authority', 'service', 'services', 'force',
  'forces', 'guard', 'brigade', 'battalion', 'regiment', 'federation', 'league', 'club', 'society',
  'trust', 'fund', 'centre', 'center', 'hospital', 'church', 'cabinet', 'government',
  'administration', 'organisation', 'organization', 'coalition', 'alliance', 'movement', 'front',
  'brotherhood', 'airlines', 'airways', 'motors', 'industries', 'holdings', 'partners',
  'technologies', 'systems', 'labs', 'laboratories', 'games', 'studios', 'records', 'media',
  'broadcasting', 'project', 'fc', 'united', 'secretariat', 'directorate', 'tribunal', 'mission',
  'programme', 'program', 'observatory', 'museum', 'library', 'review', 'representatives',
  'commons', 'lords', 'magazine', 'channel', 'radio', 'television', 'tv',
]);

/** Heads that may also stand alone for the institution (`Parliament`, `Congress`). */
export const SINGLE_WORD_INSTITUTIONS = new Set(['parliament', 'senate', 'congress']);

/** Lower-case words right after a name that make it an organisation (`Islamic State group`). */
// prettier-ignore
export const ORG_WORDS_AFTER = new Set([
  'group', 'police', 'legion', 'party', 'outlet', 'company', 'firm', 'agency', 'channel',
  'channels', 'newspaper', 'network', 'news', 'broadcaster', 'militia', 'faction', 'charity',
  'brand', 'website', 'startup', 'subsidiary', 'chain', 'conglomerate', 'bank', 'union',
  'government', 'administration', 'executives', 'shareholders', 'employees', 'staff', 'spokesman',
  'spokeswoman', 'spokesperson', 'headquarters', 'stock', 'shares', 'stake', 'products', 'ceo',
]);

/** Lower-case words right before a name that make it an organisation (`outlet Meduza`). */
// prettier-ignore
export const ORG_WORDS_BEFORE = new Set([
  'outlet', 'company', 'firm', 'group', 'agency', 'broadcaster', 'newspaper', 'network', 'startup',
  'giant', 'charity', 'organisation', 'organization', 'engine', 'retailer', 'maker',
  'manufacturer', 'carrier', 'subsidiary', 'conglomerate', 'publisher', 'developer', 'insurer',
  'lender', 'party', 'militia', 'faction', 'website', 'platform', 'network', 'station', 'brand',
]);

/** Lower-case lowercase heads that are part of the name when they follow it (`West Mercia police`). */
export const ORG_HEADS_ATTACHED = new Set(['police', 'legion']);

/** Speech verbs: `X said` is a (weak) person cue for a two- or three-word name. */
// prettier-ignore
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'added', 'wrote', 'explained', 'asked', 'argued', 'stated', 'recalled',
  'insisted', 'admitted', 'warned', 'tweeted', 'acknowledged', 'noted', 'claimed', 'replied',
]);

/** Name particles and organisation connectors allowed inside a name. */
// prettier-ignore
export const NAME_PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'du', 'da', 'dos', 'das', 'van', 'von', 'di', 'bin', 'ibn',
  'al', 'el', 'la', 'le', 'y', 'ter', 'zu',
]);
export const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);

/** Page furniture and common capitalised words that are never a name on their own. */
// prettier-ignore
export const FURNITURE = new Set([
  'advertisement', 'advertising', 'sponsored', 'share', 'tweet', 'email', 'e-mail', 'save', 'more',
  'photo', 'photos', 'image', 'images', 'credit', 'video', 'caption', 'media', 'related', 'topics',
  'continue', 'reading', 'subscribe', 'sign', 'comments', 'comment', 'follow', 'read', 'watch',
  'listen', 'getty', 'copyright', 'reuse', 'print', 'edit', 'update', 'updated', 'published',
  'analysis', 'opinion', 'review', 'live', 'breaking', 'exclusive', 'podcast', 'newsletter',
  'home', 'menu', 'search', 'login', 'register', 'top', 'post', 'views', 'bookmark', 'next',
  'previous', 'source', 'sources', 'contact', 'god', 'internet', 'web', 'ok', 'yes', 'no', 'ad',
  'ads', 'tv', 'vr', 'ai', 'ar', 'ceo', 'ceos', 'cfo', 'am', 'pm', 'et', 'gmt', 'utc', 'bst',
  'est', 'pst', 'edt', 'pdt',
]);

/** Tags in compromise's lexicon that rule a single word out as a name. */
// prettier-ignore
export const NOT_A_NAME_TAGS = new Set([
  'Place', 'Country', 'City', 'Region', 'Demonym', 'WeekDay', 'Month', 'Date', 'Duration',
  'Holiday', 'Currency', 'Unit', 'Cardinal', 'Ordinal', 'TextValue', 'Pronoun', 'Determiner',
  'Preposition', 'Conjunction', 'QuestionWord', 'Modal', 'Copula', 'Adverb', 'Expression',
  'Religion',
]);

/** Tags that make a capitalised word a name-like word even when it is also a common word. */
// prettier-ignore
export const NAME_TAGS = new Set([
  'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Organization', 'SportsTeam',
]);
export const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region']);
export const DATE_TAGS = new Set(['WeekDay', 'Month', 'Date', 'Holiday']);
export const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Titles and credit words that start a byline or photo credit line. */
export const BYLINE_WORDS = new Set(['by']);
// prettier-ignore
export const CREDIT_WORDS = new Set([
  'credit', 'image', 'photo', 'photograph', 'illustration', 'picture', 'video',
]);
