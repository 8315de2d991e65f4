/**
 * Reporting cues as data with ids, so every attribution can say which record produced it. A verb record lists its
 * forms; `inverts` says the speaker may follow it ("…,” said Gabuev), `object` that the noun phrase after it is the
 * listener, never the speaker ("told reporters"), and `fragment` that it governs a quoted fragment directly
 * (He called the plan "a disaster").
 */

/** One reporting verb: its id (the lemma), its forms, and how it takes a speaker. */
export interface ReportingVerb {
  id: string;
  forms: readonly string[];
  /** The speaker may come after the verb: "said Gabuev". */
  inverts: boolean;
  /** The noun phrase after the verb is the addressee ("told reporters"), kept in the cue. */
  object: boolean;
  /** The verb may introduce a quote after it; false for verbs that take a plain object too ("declared a partnership"). */
  before: boolean;
}

const v = (id: string, forms: string, inverts = true, object = false, before = true): ReportingVerb => ({
  id,
  forms: forms.split(' '),
  inverts,
  object,
  before,
});

/** Verbs of saying and their forms. */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  v('say', 'say says said saying'),
  v('tell', 'tell tells told telling', false, true),
  v('add', 'add adds added adding'),
  v('write', 'write writes wrote writing'),
  v('tweet', 'tweet tweets tweeted tweeting'),
  v('post', 'posted'),
  v('explain', 'explain explains explained explaining'),
  v('note', 'note notes noted noting'),
  v('argue', 'argue argues argued arguing'),
  v('insist', 'insist insists insisted insisting'),
  v('claim', 'claim claims claimed claiming'),
  v('declare', 'declares declared', true, false, false),
  v('ask', 'ask asks asked asking', true, true),
  v('answer', 'answer answers answered answering'),
  v('reply', 'reply replies replied replying'),
  v('respond', 'respond responds responded responding'),
  v('continue', 'continue continues continued continuing'),
  v('recall', 'recall recalls recalled recalling'),
  v('warn', 'warn warns warned warning', true, true),
  v('state', 'state states stated stating'),
  v('announce', 'announce announces announced announcing'),
  v('acknowledge', 'acknowledge acknowledges acknowledged acknowledging'),
  v('admit', 'admit admits admitted admitting'),
  v('complain', 'complain complains complained complaining'),
  v('predict', 'predict predicts predicted predicting'),
  v('suggest', 'suggest suggests suggested suggesting'),
  v('conclude', 'conclude concludes concluded concluding'),
  v('observe', 'observe observes observed observing'),
  v('remark', 'remark remarks remarked remarking'),
  v('joke', 'joke jokes joked joking'),
  v('quip', 'quip quips quipped quipping'),
  v('shout', 'shout shouts shouted shouting'),
  v('exclaim', 'exclaim exclaims exclaimed exclaiming'),
  v('concede', 'concede concedes conceded conceding'),
  v('contend', 'contend contends contended contending'),
  v('maintain', 'maintain maintains maintained maintaining'),
  v('assert', 'assert asserts asserted asserting'),
  v('testify', 'testify testifies testified testifying'),
  v('mention', 'mention mentions mentioned mentioning'),
  v('promise', 'promise promises promised promising', true, true),
  v('vow', 'vow vows vowed vowing'),
  v('urge', 'urge urges urged urging', false, true),
  v('call', 'call calls called calling', false, true),
  v('describe', 'describe describes described describing', false, true),
  v('label', 'label labels labeled labelled labeling', false, true),
  v('dub', 'dub dubs dubbed dubbing', false, true),
  v('brand', 'brand brands branded branding', false, true),
  v('deride', 'deride derides derided deriding', false, true),
  v('praise', 'praise praises praised praising', false, true),
  v('decry', 'decry decries decried decrying', false, true),
  v('blast', 'blast blasts blasted blasting', false, true),
  v('slam', 'slam slams slammed slamming', false, true),
  v('accuse', 'accuse accuses accused accusing', false, true),
  v('boast', 'boast boasts boasted boasting'),
  v('emphasize', 'emphasise emphasises emphasised emphasize emphasizes emphasized', true),
  v('stress', 'stress stresses stressed stressing'),
  v('report', 'report reports reported reporting'),
  v('reveal', 'reveal reveals revealed revealing'),
  v('confirm', 'confirm confirms confirmed confirming'),
  v('deny', 'deny denies denied denying'),
  v('pledge', 'pledge pledges pledged pledging'),
  v('discuss', 'discuss discusses discussed discussing', false, true),
  v('opine', 'opine opines opined opining'),
  v('muse', 'mused'),
  v('scoff', 'scoff scoffs scoffed scoffing'),
  v('sneer', 'sneered'),
  v('laugh', 'laughed'),
  v('cheer', 'cheered'),
  v('chant', 'chant chants chanted chanting', false, false),
  v('think', 'thinks thought', false, false),
  v('believe', 'believes believed', false, false),
  v('plead', 'pleaded pleads'),
  v('counter', 'countered counters'),
  v('retort', 'retorted retorts'),
  v('demand', 'demanded demands'),
  v('yell', 'yelled yells'),
  v('criticize', 'criticize criticizes criticized criticizing criticise criticises criticised', false, true),
  v('attack', 'attacked attacks', false, true),
  v('mock', 'mock mocks mocked mocking', false, true),
  v('condemn', 'condemn condemns condemned condemning', false, true),
  v('denounce', 'denounce denounces denounced denouncing', false, true),
  v('dismiss', 'dismissed dismisses', false, true),
  v('tout', 'tout touts touted touting', false, true),
  v('hail', 'hailed hails', false, true),
  v('lament', 'lament laments lamented lamenting'),
  v('characterize', 'characterize characterizes characterized characterizing', false, true),
  v('refer', 'referred refers', false, true),
  v('cite', 'cited cites', false, true),
  v('pronounce', 'pronounced', false, true),
  v('rate', 'rated rates', false, true),
  v('find', 'found finds', false, false),
  v('agree', 'agreed agrees'),
  v('caution', 'cautioned cautions'),
  v('tell-of', 'recounted recounts'),
  v('liken', 'liken likens likened likening', false, true),
  v('compare', 'compared compares comparing', false, true),
  v('proclaim', 'proclaim proclaims proclaimed proclaiming'),
  v('scold', 'scolded scolds', false, true),
  v('comment', 'commented comments'),
  v('read', 'reads'),
  v('rule', 'ruled rules', false, false),
  v('sing', 'sings sang', true, false),
  v('put', 'put puts', false, true, false),
  v('exhort', 'exhorted exhorts', false, true),
  v('speak', 'speaks spoke', false, false),
  v('rip', 'rip rips ripped', false, true),
  v('whisper', 'whispered'),
  // Manner-of-speaking and discourse verbs: they report the quote they introduce or follow.
  v('reiterate', 'reiterate reiterates reiterated reiterating'),
  v('repeat', 'repeated repeats'),
  v('clarify', 'clarified clarifies'),
  v('elaborate', 'elaborated elaborates'),
  v('interject', 'interjected interjects'),
  v('allege', 'allege alleges alleged alleging'),
  v('brag', 'brag brags bragged bragging'),
  v('grumble', 'grumbled grumbles'),
  v('mutter', 'muttered mutters'),
  v('scream', 'screamed screams'),
  v('gush', 'gushed gushes'),
  v('wonder', 'wondered wonders'),
  v('inquire', 'inquired inquires enquired'),
  v('assure', 'assured assures', true, true),
  v('remind', 'reminded reminds', true, true),
  v('inform', 'informed informs', false, true),
  v('implore', 'implored implores', false, true),
  v('beg', 'begged begs', false, true),
  v('encourage', 'encouraged encourages encouraging', false, true),
  // Verbs of praise and attack that govern a quoted label of their object (X lambasted the plan as “a mess”).
  v('pound', 'pound pounds pounded pounding', false, true),
  v('hammer', 'hammer hammers hammered hammering', false, true),
  v('laud', 'laud lauds lauded lauding', false, true),
  v('applaud', 'applaud applauds applauded applauding', false, true),
  v('commend', 'commended commends', false, true),
  v('lambaste', 'lambaste lambastes lambasted lambasting', false, true),
  v('castigate', 'castigated castigates castigating', false, true),
  v('chide', 'chided chides chiding', false, true),
  v('rebuke', 'rebuked rebukes', false, true),
  v('assail', 'assailed assails assailing', false, true),
  v('ridicule', 'ridiculed ridicules ridiculing', false, true),
  v('disparage', 'disparaged disparages disparaging', false, true),
  v('belittle', 'belittled belittles belittling', false, true),
  v('vilify', 'vilified vilifies vilifying', false, true),
  v('taunt', 'taunted taunts taunting', false, true),
  v('reference', 'referenced references referencing', false, true),
];

/** Form -> verb record. */
export const VERB_BY_FORM: ReadonlyMap<string, ReportingVerb> = new Map(
  REPORTING_VERBS.flatMap((verb) => verb.forms.map((f) => [f, verb] as const)),
);

/** One phrasal reporting verb: a verb form followed by its particle ("gone after", "lashed out at"). */
export interface PhrasalVerb extends ReportingVerb {
  /** The particle words that must follow the verb form. */
  particle: readonly string[];
}

const pv = (id: string, forms: string, particle: string): PhrasalVerb => ({ ...v(id, forms, false, true), particle: particle.split(' ') });

/** Phrasal verbs of attack and praise that govern a quoted label of their object (X went after Y as “a fraud”). */
export const PHRASAL_VERBS: readonly PhrasalVerb[] = [
  pv('go-after', 'go goes went gone going', 'after'),
  pv('lash-out-at', 'lash lashes lashed lashing', 'out at'),
  pv('rail-against', 'rail rails railed railing', 'against'),
  pv('tear-into', 'tear tears tore torn tearing', 'into'),
  pv('take-aim-at', 'take takes took taken taking', 'aim at'),
  pv('hit-out-at', 'hit hits hitting', 'out at'),
];

const PHRASAL_BY_FORM: ReadonlyMap<string, readonly PhrasalVerb[]> = (() => {
  const m = new Map<string, PhrasalVerb[]>();
  for (const p of PHRASAL_VERBS) for (const f of p.forms) m.set(f, [...(m.get(f) ?? []), p]);
  return m;
})();

/**
 * The reporting-verb record of the token at `i` (norms in `norms`): a single-word verb, or a phrasal one whose
 * particle follows it. `length` is how many tokens the verb takes (1, or 1 + the particle).
 */
export function verbRecordAt(norms: (i: number) => string | undefined, i: number): { rec: ReportingVerb; length: number } | null {
  const norm = norms(i);
  if (norm === undefined) return null;
  const single = VERB_BY_FORM.get(norm);
  if (single) return { rec: single, length: 1 };
  for (const p of PHRASAL_BY_FORM.get(norm) ?? []) {
    if (p.particle.every((w, k) => norms(i + 1 + k) === w)) return { rec: p, length: 1 + p.particle.length };
  }
  return null;
}

/** Words that may come between a subject and its reporting verb ("he also said", "Smith has repeatedly said"). */
export const AUXILIARIES = new Set(
  'also still never always even later then once further again repeatedly previously recently earlier has have had did does was is were are would will could may might had been later has-since since just often frequently simply flatly publicly privately reportedly once \'s \'ve \'d \'ll'.split(
    ' ',
  ),
);

/** Multi-word cue phrases that name the source after them: "according to the ministry". */
export const SOURCE_PHRASES: ReadonlyArray<{ id: string; words: readonly string[] }> = [
  { id: 'according-to', words: ['according', 'to'] },
  { id: 'in-the-words-of', words: ['in', 'the', 'words', 'of'] },
  { id: 'quoting', words: ['quoting'] },
];

/**
 * Phrases that extend a cue after its verb: "said in a statement", "told reporters on Monday" is cut at the date.
 * Each is a token-norm sequence; `*` matches one word.
 */
export const CUE_EXTENSIONS: ReadonlyArray<{ id: string; words: readonly string[] }> = [
  { id: 'in-statement', words: ['in', 'a', 'statement'] },
  { id: 'in-written-statement', words: ['in', 'a', 'written', 'statement'] },
  { id: 'in-interview', words: ['in', 'an', 'interview'] },
  { id: 'in-x-interview', words: ['in', 'a', '*', 'interview'] },
  { id: 'in-email', words: ['in', 'an', 'email'] },
  { id: 'in-x-statement', words: ['in', 'a', '*', 'statement'] },
  { id: 'in-tweet', words: ['in', 'a', 'tweet'] },
  { id: 'on-twitter', words: ['on', 'twitter'] },
  { id: 'on-facebook', words: ['on', 'facebook'] },
  { id: 'in-post', words: ['in', 'a', 'post'] },
  { id: 'to-reporters', words: ['to', 'reporters'] },
  { id: 'to-journalists', words: ['to', 'journalists'] },
];

/** Listeners that stay in a cue after an object-taking verb: "told reporters". Other objects are cut off. */
export const LISTENERS = new Set('reporters journalists supporters'.split(' '));

/** Pronouns that can be a speaker, with the kind of entity they refer to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'thing' | 'self'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'thing'],
  ['i', 'self'],
  ['we', 'self'],
]);

/**
 * ALL-CAPS words before a colon that are section labels, not transcript speakers ("UPDATE: …", "EDITOR'S NOTE: …").
 * Keyed by id (the label's norm) so a trace can name the exclusion.
 */
export const NON_SPEAKER_LABELS: ReadonlySet<string> = new Set(
  "update updated breaking note editor's editors correction clarification warning watch video photos photo read related more live exclusive opinion analysis fact claim true false verdict rating source sources transcript summary background disclaimer caption credit ps p.s. q a".split(
    ' ',
  ),
);
