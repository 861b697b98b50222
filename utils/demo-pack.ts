// The demo pack: the people and organisations named in the seed article, each with one short,
// sourced note, so a new user sees Backstory work before writing anything. Written in the
// minimal pack form (see pack-format.ts) and imported like any other pack.
import type { Origin } from './model';
import { DEMO_PACK_ID, nowIso } from './model';
import type { ImportReport } from './protocol';
import type { BackstoryDb } from './db-schema';
import { importPack } from './pack';
import type { PackWrite } from './import/subscription-records';
import { writePackContent } from './import/subscription-records';

export const DEMO_PACK_NAME = 'Backstory demo pack';
export const DEMO_ORIGIN: Origin = { kind: 'pack', packId: DEMO_PACK_ID, packName: DEMO_PACK_NAME };

const ACCESSED = '2026-11-25';
const AUTHOR = DEMO_PACK_NAME;

interface DemoSource {
  url: string;
  title: string;
  publisher: string;
  published?: string;
}

interface DemoEntity {
  name: string;
  type: 'person' | 'organization';
  aliases: (string | { text: string; caseInsensitive?: boolean; safe?: boolean })[];
  description: string;
  links: { url: string; label: string }[];
  note: string;
  source: DemoSource;
}

const wiki = (title: string) => `https://en.wikipedia.org/wiki/${title}`;
const wikipedia = (title: string, label: string): DemoSource => ({
  url: wiki(title),
  title: label,
  publisher: 'Wikipedia',
});
const wikiLink = (title: string) => ({ url: wiki(title), label: 'Wikipedia' });

const DEMO_ENTITIES: DemoEntity[] = [
  {
    name: 'Vladimir Putin',
    type: 'person',
    aliases: ['Putin'],
    description: 'President of Russia',
    links: [wikiLink('Vladimir_Putin')],
    note: 'President of Russia since 2012, and before that from 2000 to 2008. Between his presidencies he was Prime Minister (2008–2012).',
    source: wikipedia('Vladimir_Putin', 'Vladimir Putin'),
  },
  {
    name: 'Freedom of Russia Legion',
    type: 'organization',
    aliases: ['Freedom of Russia legion'],
    description: 'Russian volunteer unit fighting for Ukraine',
    links: [wikiLink('Freedom_of_Russia_Legion')],
    note: 'A military unit of Russian citizens, including defectors from the Russian military, that fights on the side of Ukraine. It was formed in 2022, after Russia began its full-scale invasion of Ukraine.',
    source: wikipedia('Freedom_of_Russia_Legion', 'Freedom of Russia Legion'),
  },
  {
    name: 'Russian Volunteer Corps',
    type: 'organization',
    aliases: ['RVC'],
    description: 'Russian volunteer unit fighting for Ukraine',
    links: [wikiLink('Russian_Volunteer_Corps')],
    note: 'An armed unit of Russian volunteers that fights on the side of Ukraine against Russia. It was founded in 2022.',
    source: wikipedia('Russian_Volunteer_Corps', 'Russian Volunteer Corps'),
  },
  {
    name: 'Masha Moskaleva',
    type: 'person',
    aliases: [],
    description: 'Russian schoolgirl from Yefremov',
    links: [{ url: 'https://en.zona.media/article/2023/03/03/art', label: 'Mediazona' }],
    note: 'A schoolgirl from Yefremov, Tula Oblast, who drew an anti-war picture in an art lesson in 2022. In March 2023 her father, Alexei Moskalev, was detained and charged with "discrediting" the Russian army, and she was placed in a children\'s home.',
    source: {
      url: 'https://en.zona.media/article/2023/03/03/art',
      title:
        'Art and war. How a pacifist drawing made by a schoolgirl turned into a criminal case against her father',
      publisher: 'Mediazona',
      published: '2023-03-03',
    },
  },
  {
    name: 'Vyacheslav Gladkov',
    type: 'person',
    aliases: ['Gladkov'],
    description: 'Governor of Belgorod Oblast',
    links: [wikiLink('Vyacheslav_Gladkov')],
    note: "Governor of Russia's Belgorod Oblast, which borders Ukraine, since 2020.",
    source: wikipedia('Vyacheslav_Gladkov', 'Vyacheslav Gladkov'),
  },
  {
    name: 'Meduza',
    type: 'organization',
    aliases: [],
    description: 'Independent Russian-language news outlet',
    links: [wikiLink('Meduza'), { url: 'https://meduza.io/en', label: 'Meduza in English' }],
    note: 'An independent Russian- and English-language news outlet, founded in 2014 and based in Riga, Latvia.',
    source: wikipedia('Meduza', 'Meduza'),
  },
  {
    name: 'Mash',
    type: 'organization',
    aliases: [{ text: 'Mash', safe: false }],
    description: 'Russian online news outlet and Telegram channel',
    links: [wikiLink('Mash_(online_newspaper)')],
    note: 'A Russian online news outlet founded in 2017. Its Telegram channel is one of the most popular Russian-language channels.',
    source: wikipedia('Mash_(online_newspaper)', 'Mash (online newspaper)'),
  },
  {
    name: 'Baza',
    type: 'organization',
    aliases: [],
    description: 'Russian Telegram news channel',
    links: [
      {
        url: 'https://meduza.io/en/feature/2025/07/22/russian-authorities-raid-popular-telegram-channel-with-law-enforcement-ties-and-arrest-its-head-over-alleged-leaks',
        label: 'Meduza',
      },
    ],
    note: "A Russian news outlet publishing mainly on Telegram, known for its ties to Russia's law-enforcement and security services.",
    source: {
      url: 'https://meduza.io/en/feature/2025/07/22/russian-authorities-raid-popular-telegram-channel-with-law-enforcement-ties-and-arrest-its-head-over-alleged-leaks',
      title:
        'Russian authorities raid popular Telegram channel with law enforcement ties and arrest its head over alleged leaks',
      publisher: 'Meduza',
      published: '2025-07-22',
    },
  },
  {
    name: 'Sirena',
    type: 'organization',
    aliases: [],
    description: 'Russian-language news channel on Telegram',
    links: [{ url: 'https://t.me/news_sirena', label: 'Sirena on Telegram' }],
    note: 'A Russian-language news channel on Telegram, started by independent journalists, covering Russia, the war and military conscription.',
    source: {
      url: 'https://fbk.info/en/projects/sirena',
      title: 'Sirena',
      publisher: 'Anti-Corruption Foundation (FBK)',
    },
  },
  {
    name: 'Telegram',
    type: 'organization',
    aliases: [],
    description: 'Messaging service',
    links: [wikiLink('Telegram_(software)'), { url: 'https://telegram.org/', label: 'telegram.org' }],
    note: 'A cloud-based messaging service launched in 2013 by the brothers Pavel and Nikolai Durov. Its public channels are widely used for news in Russia and Ukraine.',
    source: wikipedia('Telegram_(software)', 'Telegram (software)'),
  },
  {
    name: 'Newsweek',
    type: 'organization',
    aliases: [],
    description: 'American news magazine',
    links: [wikiLink('Newsweek')],
    note: 'An American weekly news magazine, founded in 1933.',
    source: wikipedia('Newsweek', 'Newsweek'),
  },
  {
    name: 'YouTube',
    type: 'organization',
    aliases: [],
    description: 'Video-sharing platform',
    links: [wikiLink('YouTube')],
    note: 'A video-sharing platform founded in 2005 and owned by Google since 2006.',
    source: wikipedia('YouTube', 'YouTube'),
  },
  {
    name: 'Russian Armed Forces',
    type: 'organization',
    aliases: ['Russian Army', 'Armed Forces of the Russian Federation', 'Russian military'],
    description: 'Military of Russia',
    links: [wikiLink('Russian_Armed_Forces')],
    note: 'The military of the Russian Federation, established in 1992 after the dissolution of the Soviet Union. The Russian Army (Ground Forces) is one of its branches.',
    source: wikipedia('Russian_Armed_Forces', 'Russian Armed Forces'),
  },
  {
    name: 'Armed Forces of Ukraine',
    type: 'organization',
    aliases: ['Ukrainian Army', 'Ukrainian Armed Forces', 'Ukrainian armed forces', "Ukraine's military"],
    description: 'Military of Ukraine',
    links: [wikiLink('Armed_Forces_of_Ukraine')],
    note: "The military of Ukraine, established in 1991 after Ukraine's independence. The Ukrainian Army (Ground Forces) is one of its branches.",
    source: wikipedia('Armed_Forces_of_Ukraine', 'Armed Forces of Ukraine'),
  },
  {
    name: 'Ministry of Defence of the Russian Federation',
    type: 'organization',
    aliases: [
      'Russian Ministry of Defence',
      'Russian Ministry of Defense',
      'Russian Defence Ministry',
      'Russian Defense Ministry',
      'Ministry of Defense of the Russian Federation',
    ],
    description: "Russia's defence ministry",
    links: [wikiLink('Ministry_of_Defence_(Russia)')],
    note: 'The Russian government ministry that runs the Russian Armed Forces.',
    source: wikipedia('Ministry_of_Defence_(Russia)', 'Ministry of Defence (Russia)'),
  },
  {
    name: 'Ministry of Defence of Ukraine',
    type: 'organization',
    aliases: [
      'Ukrainian Ministry of Defence',
      'Ukrainian Ministry of Defense',
      'Ukrainian Defence Ministry',
      'Ukrainian Defense Ministry',
      'Ministry of Defense of Ukraine',
    ],
    description: "Ukraine's defence ministry",
    links: [wikiLink('Ministry_of_Defence_(Ukraine)')],
    note: 'The Ukrainian government ministry responsible for defence policy and the Armed Forces of Ukraine.',
    source: wikipedia('Ministry_of_Defence_(Ukraine)', 'Ministry of Defence (Ukraine)'),
  },
  {
    name: 'Kremlin',
    type: 'organization',
    aliases: ['Presidential Administration of Russia'],
    description: 'The Russian presidency',
    links: [wikiLink('Moscow_Kremlin'), wikiLink('Presidential_Administration_of_Russia')],
    note: 'Shorthand for the Russian presidency and its administration, after the Moscow Kremlin, the official residence of the President of Russia.',
    source: wikipedia('Moscow_Kremlin', 'Moscow Kremlin'),
  },
];

/** The demo pack as a minimal pack object (what a hand-written pack file would hold). */
export function demoPack(): { entities: unknown[] } {
  return {
    entities: DEMO_ENTITIES.map(({ note, source, ...entity }) => ({
      ...entity,
      notes: [{ text: note, author: AUTHOR, sources: [{ ...source, accessed: ACCESSED }] }],
    })),
  };
}

/** Loads the demo pack; loading it again adds nothing (its entities are matched by name). */
export function loadDemoPack(db: BackstoryDb): Promise<ImportReport> {
  return importPack(db, JSON.stringify(demoPack()), DEMO_ORIGIN);
}

/**
 * Removes the demo pack's records, and nothing else: as a subscribed pack is removed (the demo
 * pack has no subscription row, so there is none to delete).
 */
export function removeDemoPack(db: BackstoryDb): Promise<PackWrite> {
  return writePackContent(db, DEMO_PACK_ID, null, nowIso(), { remove: true });
}
