// The seminar's framework (the day's printed programme "Out of the box — nye partnerskaber"): sectors, what each sector gains, four reasons, kinds of partnership.
// Labels live here, not in the UI dictionaries, because exports print them too.
export type Label = { da: string; en: string };

export const sectors = ['public', 'market', 'civil'] as const;
export type Sector = (typeof sectors)[number];

export const sectorLabels: Record<Sector, Label> = {
  public: { da: 'Det offentlige', en: 'The public sector' },
  market: { da: 'Markedet', en: 'The market' },
  civil: { da: 'Civilsamfundet', en: 'Civil society' },
};

export const gainsBySector = {
  public: {
    goodwill: { da: 'Øget goodwill', en: 'More goodwill' },
    users: { da: 'Adgang til bibliotekets brugere', en: "Access to the library's users" },
    marketing: { da: 'Fælles markedsføring', en: 'Joint marketing' },
    resources: { da: 'Bedre udnyttelse af ressourcer', en: 'Better use of resources' },
  },
  market: {
    credibility: { da: 'Øget credibility og goodwill i lokalsamfundet', en: 'Credibility and goodwill locally' },
    knowledge: { da: 'Adgang til viden og indsigt', en: 'Access to knowledge and insight' },
    customers: {
      da: 'Adgang til nye kunder, nye forretningsmuligheder og udvidelse af markedet',
      en: 'New customers, business opportunities and a wider market',
    },
    lab: { da: 'Adgang til et innovationslaboratorium', en: 'Access to an innovation lab' },
    staff: { da: 'Medarbejderudvikling', en: 'Staff development' },
    mission: { da: 'Bidrag til virksomhedens mission og værdier', en: "Supports the company's mission and values" },
  },
  civil: {
    professional: { da: 'Adgang til professionelle ressourcer', en: 'Access to professional resources' },
    knowhow: { da: 'Adgang til knowhow', en: 'Access to know-how' },
    facilities: { da: 'Adgang til bibliotekets faciliteter', en: "Access to the library's facilities" },
    platform: { da: 'Platform for udfoldelse', en: 'A platform to act' },
    visibility: { da: 'Synlighed i lokalsamfundet', en: 'Visibility in the local community' },
    funds: { da: 'Adgang til fonde, der kræver deltagelse i samarbejde', en: 'Access to funds that require partnership' },
  },
} as const satisfies Record<Sector, Record<string, Label>>;

export type GainTag = { [S in Sector]: keyof (typeof gainsBySector)[S] }[Sector];

export function isGainOfSector(sector: Sector, tag: string): boolean {
  return Object.hasOwn(gainsBySector[sector], tag);
}

export const reasons = {
  resources: { da: 'Skabe ressourcer og kompetencer', en: 'Create resources and competences' },
  network: { da: 'Styrke og øge netværk', en: 'Strengthen and grow networks' },
  monoculture: { da: 'Opgør med monokultur', en: 'Break with monoculture' },
  community: {
    da: 'Styrke relationer til brugere og lokalsamfund',
    en: 'Strengthen relations to users and the local community',
  },
} as const satisfies Record<string, Label>;
export type Reason = keyof typeof reasons;
export const reasonKeys = Object.keys(reasons) as Reason[];

export const partnershipKinds = {
  reach: {
    local: { da: 'Lokalt', en: 'Local' },
    national: { da: 'Nationalt', en: 'National' },
    international: { da: 'Internationalt', en: 'International' },
  },
  duration: {
    short: { da: 'Kortvarigt', en: 'Short-term' },
    long: { da: 'Langvarigt', en: 'Long-term' },
  },
  projectType: {
    spearhead: { da: 'Spydspidsprojekt', en: 'Spearhead project' },
    anchored: { da: 'Lokalt forankret projekt', en: 'Locally anchored project' },
    consolidation: { da: 'Fastholdelsesprojekt', en: 'Consolidation project' },
  },
  character: {
    strategic: { da: 'Strategisk', en: 'Strategic' },
    innovative: { da: 'Innovativt', en: 'Innovative' },
  },
} as const satisfies Record<string, Record<string, Label>>;
export type PartnershipKind = {
  [D in keyof typeof partnershipKinds]?: keyof (typeof partnershipKinds)[D];
};
