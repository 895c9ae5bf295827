/**
 * Queries a journalist, an analyst or a student would type, each with the place or fact that
 * must be among the first three results, run against the real fact base. The score (how many
 * pass) is printed so a change to the ranking can be measured, and every query must pass.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { NamesSchema } from '../../data/names.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { SearchIndex } from '../../src/search/search-index.ts';

/**
 * [query, the gazetteer entity or fact id that must be in the first three]; `a|b` where two facts
 * answer it equally (both cite the same passage).
 */
const QUERIES: ReadonlyArray<readonly [string, string]> = [
  // Names, in the spellings people type
  ['Siauliai', 'siauliai-air-base'],
  ['Šiauliai', 'siauliai-air-base'],
  ['Zokniai', 'siauliai-air-base'],
  ['Siaulai', 'siauliai-air-base'],
  ['Amari', 'amari-air-base'],
  ['Lielvarde', 'lielvarde-air-base'],
  ['Lielv', 'lielvarde-air-base'],
  ['Lielvarda', 'lielvarde-air-base'],
  ['Adazi', 'adazi'],
  ['Camp Adazi', 'adazi'],
  ['Tapa Army Base', 'tapa'],
  ['Bemowo Piskie', 'orzysz'],
  ['Kiev', 'kyiv'],
  ['Warszawa', 'warsaw'],
  ['Turkey', 'TUR'],
  ['Czech Republic', 'CZE'],
  ['Lietuva', 'LTU'],
  ['Lithuana', 'LTU'],
  ['Ghor', 'ghor-province'],
  ['Chaghcharan', 'ghor-province'],
  ['Kosovo Force', 'kfor'],
  ['NFIU Vilnius', 'nfiu-lithuania'],
  ['energy security centre', 'nato-ensec-coe'],
  ['Iron Wolf brigade', 'iron-wolf-brigade'],
  ['Michigan National Guard', 'michigan-national-guard'],

  // Names in Latvian and Lithuanian, whatever the interface's language
  ['Viļņa', 'vilnius'],
  ['Vilna', 'vilnius'],
  ['Vācija', 'DEU'],
  ['Vokietija', 'DEU'],
  ['Šauļi', 'siauliai-air-base'],
  ['Saulu aviobaze', 'siauliai-air-base'],
  ['Emari', 'amari-air-base'],
  ['Lielvardė', 'lielvarde-air-base'],
  ['Varšava', 'warsaw'],
  ['Varšuva', 'warsaw'],
  ['Kijiva', 'kyiv'],
  ['Kyjivas', 'kyiv'],
  ['Vašingtona', 'washington'],
  ['Vasingtonas', 'washington'],
  ['Čekija', 'CZE'],
  ['Sakartvelas', 'GEO'],
  ['Igaunija', 'EST'],
  ['Estija', 'EST'],
  ['Jungtinės Valstijos', 'USA'],
  ['Amerikas Savienotās Valstis', 'USA'],
  ['Goro provincija', 'ghor-province'],
  ['Lenkija battlegroup', 'orzysz'],
  ['Kanāda battlegroup', 'adazi'],

  // A layer's or a kind's word, alone or with a place
  ['battleg', 'rukla'],
  ['air policing Estonia', 'amari-air-base'],
  ['battlegroup Lithuania', 'rukla'],
  ['battlegroup Latvia', 'adazi'],
  ['battle group Latvia', 'adazi'],
  ['Canada battlegroup', 'adazi'],
  ['Poland battlegroup', 'orzysz'],
  ['UK battlegroup Estonia', 'tapa'],
  ['German-led battlegroup', 'rukla'],
  ['eFP Estonia', 'tapa'],
  ['attaché Ukraine', 'kyiv'],
  ['defence attache Norway', 'stockholm'],
  ['Wales summit', 'newport-wales'],
  ['Prague summit', 'prague'],
  ['operation Afghanistan', 'isaf'],
  ['mission Mali', 'eutm-mali'],
  ['UN mission', 'lv-two-un-missions'],

  // Words from a statement or a quote
  ['F-16 Belgium', 'baltic-air-policing-began-2004'],
  ['Wales pledge', 'lv-wales-pledge-met'],
  ['Ghor reconstruction team', 'lt-ghor-prt-2005-2013'],
  ['Black Hawk', 'us-fms-black-hawk'],
  ['Foreign Military Financing Latvia', 'us-fmf-fy2017-2021'],
  ['Latvia defense spending', 'lv-defence-spending-2pc'],
  ['2.5% of GDP', 'lv-spending-2-5pc-2025'],
  ['Strategic Concept Russia', 'nato-strategic-concept-russia-threat'],
  ['Crimea', 'russia-seizes-crimea-2014'],
  ['Stinger missiles Ukraine', 'lv-ukraine-aid-items'],
  ['Latvia aid to Ukraine', 'lv-ukraine-aid-2022'],
  ['Karoblis', 'lt-14th-anniversary'],
  ['Partnership for Peace', 'lv-pfp-1994'],
  ['Membership Action Plan', 'lv-map-1999'],
  ['State Defence Concept approved', 'lv-vak-2020-approved'],
  ['Non-Proliferation Committee co-chair', 'lv-npc-co-chair'],
  ['Latvia annexed', 'lv-annexed-1940'],

  // Questions
  ['when did Latvia join NATO', 'lv-nato-member-2004'],
  ['Latvia joined NATO', 'lv-nato-member-2004'],
  ['when did Lithuania join NATO', 'lt-nato-member-2004'],
  // Both cite "Lithuania became the member of NATO on 29 March 2004".
  ['Lithuania accession', 'lt-nato-member-2004|nato-enlargement-2004'],
  ['when did Latvia join the EU', 'lv-eu-accession-2004'],
  ['when did Baltic air policing begin', 'baltic-air-policing-began-2004'],
  ['who leads the battlegroup in Latvia', 'can-efp-lead-latvia'],
  ['how many defence attachés does Latvia have', 'lv-attaches-total'],
  ['how much Foreign Military Financing did Latvia get', 'us-fmf-fy2017-2021'],
  ['where is the NATO Energy Security Centre', 'nato-ensec-coe'],
  ['which countries contribute to the battlegroup in Lithuania', 'rukla'],
  ['when was the Wales summit', 'wales-summit-rotational-units-2014'],
  ['when did Russia seize Crimea', 'russia-seizes-crimea-2014'],
  ['what is the main base of Baltic air policing', 'siauliai-air-base'],
  ['how many troops are in Rukla', 'efp-lithuania-rukla-2017'],

  // Dates
  ['2004', 'lv-nato-member-2004'],
  ['29 March 2004', 'lv-nato-member-2004'],
  ['1999', 'washington-summit-1999'],
  ['Warsaw summit 2016', 'warsaw-summit-efp-2016'],
  ['Lithuania Afghanistan 2010', 'lt-ghor-prt-2005-2013'],
  ['FMF 2022', 'us-fmf-fy2022'],
  ['NACC 1991', 'nato-founds-nacc-1991'],
  ['diplomatic relations 1922', 'us-lv-diplomatic-relations-1922'],
];

const atlas = new Atlas(loadFactBaseFromDisk('.'));
const names = v.parse(NamesSchema, JSON.parse(readFileSync('public/generated/names.json', 'utf8')));
const index = new SearchIndex(atlas, names);
const firstThree = (query: string) => index.search(query, 3).map((hit) => hit.id);
const answers = (query: string, expected: string) =>
  expected.split('|').some((id) => firstThree(query).includes(id));

describe('search answers the queries people type', () => {
  it('names real entities and facts, each query once', () => {
    for (const id of QUERIES.flatMap(([, expected]) => expected.split('|'))) {
      expect(atlas.entity(id) ?? atlas.facts.get(id), id).toBeDefined();
    }
    expect(new Set(QUERIES.map(([query]) => query)).size).toBe(QUERIES.length);
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  });

  it('scores the whole set', () => {
    const misses = QUERIES.filter(([query, id]) => !answers(query, id));
    const passed = QUERIES.length - misses.length;
    console.log(`search queries: ${passed}/${QUERIES.length} have their answer in the first three`);
    for (const [query, id] of misses)
      console.log(`  missed "${query}" → ${id}: ${firstThree(query)}`);
    expect(misses).toEqual([]);
  });

  it.each(QUERIES)('"%s" finds %s in the first three', (query, id) => {
    expect(answers(query, id), `${query}: ${firstThree(query).join(', ')}`).toBe(true);
  });
});
