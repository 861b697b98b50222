// A compact list of 3453 frequent English words (lower case), written for the matcher's
// ambiguity rule (see ambiguity.ts): a one-word alias that is one of these, such as `Apple`,
// `Corps` or `Mash`, names an entity only when the text also uses the entity's full name. It
// also holds a few very common words of other languages that recur as one-word names of
// media (`baza`, Russian for "base"). Plurals are recognised by their singular.

const WORDS = `
a able about above abroad absence absolute absolutely absorb abuse academic academy accept
acceptable access accident accompany accord according account accurate accuse achieve
achievement acid acknowledge acquire across act action active activist activity actor actual
actually ad adapt add addition additional address adequate adjust administration admire admit
adopt adult advance advanced advantage adventure advertising advice advise adviser advocate
affair affect afford afraid after afternoon again against age agency agenda agent aggressive
agile ago agree agreement agricultural ahead aid aide aim air aircraft airline airport alarm
album alcohol alert alike alive all alliance allow ally almost alone along alpha alphabet
already also alter alternative although always amazing among amount ample analysis analyst
analyze anchor ancient and angel anger angle angry animal announce annual another answer ant
anthem anticipate anxiety any anybody anymore anyone anything anyway anywhere apart apartment
ape apparent apparently appeal appear appearance apple application apply appoint appointment
appreciate approach appropriate approval approve approximately april arch arctic area arena
argue argument arise arm armed armor army around arrange arrangement arrest arrival arrive arrow
art article artist artistic as ash aside ask asleep aspect assault assert assess assessment
asset assign assignment assist assistance assistant associate association assume assumption
assure at athlete atlas atmosphere attach attack attempt attend attention attitude attorney
attract attractive attribute audience august author authority auto autumn available average
avoid awake award aware awareness away awful axe baby back background bad badge badly bag bait
bake balance bald ball ban band bank banner bar bare barely bargain bark barn barrack barrel
barrier base baseball basic basically basin basis basket basketball bass bat bath bathroom
battalion battery battle bay baza be beach beacon bead beam bean bear beard beast beat beautiful
beauty because become bed bedroom bee beef beer before begin beginning behavior behind being
belief believe bell belong below belt bench bend beneath benefit berry beside besides best bet
beta better between beyond bible big bike bill billion bind biological bird birth birthday bit
bite bitter black blade blame blanket blind bloc block blood blossom blow blue boar board boat
body bold bolt bomb bombing bond bone book boom boot border born borrow boss both bother bottle
bottom boundary bow bowl box boy boyfriend brain branch brand brass brave bread break breakfast
breast breath breathe breeze brick bride bridge brief briefly brigade bright brilliant bring
brisk broad broadcast broken brook broom brother brown brush bubble buck bucket bud budget
buffalo bug build building bull bullet bunch bunny burden bureau burger burn bury bus bush
business busy but butter butterfly button buy buyer by cabin cabinet cable cactus cage cake
calculate call calm camel camera camp campaign campus can canal cancer candidate candle cannon
canoe canvas canyon cap capability capable capacity cape capital captain capture car caravan
carbon card care career careful carefully cargo carpet carrier carrot carry cartel case cash
cast castle cat catch category cattle caucus cause cave cedar ceiling celebrate celebration
celebrity cell center central century ceremony certain certainly chain chair chairman chalk
challenge chamber champion championship chance chancellor change changing channel chapter
character characteristic characterize charge charity charm chart charter chase cheap check cheek
cheese chef chemical cherry chess chest chick chicken chief child childhood chimney chip
chocolate choice choose chorus chronicle church cider cigarette cinema circle circumstance
circus cite citizen city civic civil civilian claim clan class classic classroom clay clean
clear clearly clever client cliff climate climb clinic clinical cloak clock close closely closer
clothes clothing cloud clover club clue cluster coach coal coalition coast coat code coffee
cognitive coin cold collapse colleague collect collection collective college colonial color
column combination combine come comedy comet comfort comfortable command commander comment
commercial commission commit commitment committee common commonwealth communicate communication
community company compare comparison compass compete competition competitive competitor complain
complaint complete completely complex complicated component compose composition comprehensive
computer concentrate concentration concept concern concerned concert conclude conclusion
concrete condition conduct cone conference confidence confident confirm conflict confront
confusion congress congressional connect connection consciousness consensus consequence
conservative consider considerable consideration consist consistent consortium constant
constantly constitute constitutional construct construction consultant consume consumer
consumption contact contain container contemporary content contest context continue continued
contract contrast contribute contribution control controversial controversy convention
conventional conversation convert conviction convince cook cookie cooking cool cooperation cop
cope copper copy coral cord core cork corn corner corporate corporation corps correct
correspondent cost cosy cotton couch could council counselor count counter country county couple
courage courier course court cousin cover coverage cow crack craft crane crash crazy cream
create creation creative creature credit crest crew crib cricket crime criminal crisis crisp
criteria critic critical criticism criticize crop cross crow crowd crown crucial cruel cry
crystal cub cube cuckoo cultural culture cup curious curly current currently curriculum curtain
cushion custom customer cut cute cycle dad daily daisy damage dance danger dangerous dare dark
darkness data date daughter dawn day dead deal dealer dear death debate debt decade december
decide decision deck declare decline decrease deep deeply deer defeat defend defendant defense
defensive deficit define definitely definition degree delay deliver delivery delta demand
democracy democratic demonstrate demonstration den dense deny department depend dependent
depending depict depression depth deputy derive describe description desert deserve design
designer desire desk desperate despite destroy destruction detail detailed detect determine
develop developing development device devote dialogue diamond dice die diet differ difference
different differently difficult difficulty dig digital dime dimension dining dinner direct
direction directly director dirt dirty disability disagree disappear disaster discipline
discourse discover discovery discrimination discuss discussion disease dish dismiss disorder
display dispute distance distant distinct distinction distinguish distribute distribution
district diverse diversity divide division divorce do doctor document dog dolphin dome domestic
dominant dominate donkey door double doubt dove down downtown dozen draft drag dragon drama
dramatic dramatically draw drawing dream dress drink drive driver drop drug drum dry duck due
dull dune during dusk dust dusty duty dynasty each eager eagle ear early earn earnings earth
ease easily east eastern easy eat echo economic economics economist economy edge edition editor
educate education educational educator eel effect effective effectively efficiency efficient
effort egg eight eighteen eighty either elbow elder elderly elect election electric electricity
electronic element elementary elephant eleven eliminate elite elk else elsewhere email embassy
ember embrace emerald emerge emergency emission emotion emotional emphasis emphasize empire
employ employee employer employment empty enable encounter encourage end enemy energy
enforcement engage engine engineer engineering enhance enjoy enormous enough ensure enter
enterprise entertainment entire entirely entrance entry environment environmental episode equal
equally equipment era error escape especially essay essential essentially establish
establishment estate estimate etc ethics ethnic evaluate evaluation even evening event
eventually ever every everybody everyday everyone everything everywhere evidence evil evolution
evolve exact exactly examination examine example exceed excellent except exception exchange
exciting executive exercise exhibit exhibition exile exist existence existing expand expansion
expect expectation expense expensive experience experiment expert explain explanation explode
explore explosion expose exposure express expression extend extension extensive extent external
extra extraordinary extreme extremely eye fabric face facility fact faction factor factory
faculty fade fail failure faint fair fairly faith falcon fall false familiar family famous fan
fancy fantasy far farm farmer fashion fast fat fatal fate father fault favor favorite fear
feather feature february federal federation fee feed feel feeling fellow female fence fern ferry
few fewer fiber fiction field fierce fifteen fifth fifty fig fight fighter fighting figure file
fill film final finally finance financial finch find finding fine finger finish fir fire firm
first fish fishing fit fitness five fix flag flame flask flat flavor flee fleet flesh flight
flint float floor flow flower flute fly foam focus fog folk follow following fond food foot
football for force foreign forest forever forget fork form formal formation former formula forth
fortress fortune forty forum forward found foundation founder fountain four fourteen fourth fox
frame framework frank free freedom freeze french frequency frequent frequently fresh friend
friendly friendship frog from front frost fruit frustration fuel full fully fun function fund
fundamental funding funeral funny furniture furthermore future fuzzy gain galaxy gallery game
gamma gang gap garage garden garlic garnet gas gate gather gay gaze gazelle gazette gear gem
gender gene general generally generate generation genetic gentleman gently gesture get ghost
giant gift gifted giraffe girl girlfriend give given glacier glad glance glass global globe
glory glove go goal goat god gold golden golf good goose gorilla government governor grab grade
gradually graduate grain grand grandfather grandmother grant grape grass grave gray great
greatest green grim grocery gross ground group grove grow growing growth guarantee guard
guardian guess guest guide guideline guild guilty gull gun guy habit habitat hair half hall
hammer hand handful handle handy hang happen happy harbor hard hardly hare harp harsh harvest
hasty hat hate have hawk hazel he head headline headquarters health healthy hear hearing heart
heat heaven heavily heavy hedge heel height helicopter hell hello help helpful hen her herald
here heritage hero herself hey hi hide high highlight highly highway hill him himself hip hire
his historian historic historical history hit hive hold hole holiday hollow holy home homeless
honest honey honor hook hope horizon horn horror horse hospital host hostage hot hotel hound
hour house household housing how however huge human humble humor hundred hungry hunter hunting
hurt husband hut hypothesis ice icy idea ideal identification identify identity idle ie if
ignore ill illegal illness illustrate image imagination imagine immediate immediately immigrant
immigration impact implement implication imply importance important impose impossible impress
impression impressive improve improvement in incentive incident include including income
incorporate increase increased increasing increasingly incredible indeed independence
independent index indicate indication individual industrial industry infant infection inflation
influence inform information ingredient initial initially initiative injury ink inner innocent
inquiry inside insight insist inspire install instance instead institute institution
institutional instruction instructor instrument insurance intellectual intelligence intend
intense intensity intention interaction interest interested interesting internal international
internet interpret interpretation intervention interview into introduce introduction invasion
invest investigate investigation investigator investment investor invite involve involved
involvement iron island issue it item its itself ivory ivy jacket jade jail january jar jaw
jelly jet jew jewel jewish job join joint joke jolly journal journalist journey joy judge
judgment juice july jump june junior junta jury just justice justify keen keep kettle key kick
kid kill killer killing kind king kingdom kiss kitchen kite kitten knee knife knight knock know
knowledge lab label labor laboratory lack lady lake lamb lame lamp land landscape language
lantern lap large largely lark last late later latter laugh launch lava law lawn lawsuit lawyer
lay layer lazy lead leader leadership leading leaf league lean learn learning least leather
leave left leg legacy legal legend legion legislation legitimate lemon length leopard less
lesson let letter level liberal library license lie life lifestyle lifetime lift light like
likely lily lime limit limitation limited line link lion lip list listen literally literary
literature little live living lizard load loan lobby lobster local locate location lock lodge
lone long look loom loose lose loss lost lot lots lotus loud love lovely lover low lower loyal
luck lucky lunch lung machine mad magazine magic magnet mail main mainly maintain maintenance
major majority make maker makeup male mall man manage management manager mango manner
manufacturer manufacturing many map maple marble march mare margin mark market marketing
marriage married marry marsh mash mask mass massive master match material math matter may maybe
mayor me meadow meal mean meaning meanwhile measure measurement meat mechanism media medical
medication medicine medium meet meeting mellow melon member membership memory mental mention
menu mere merely merry mess message meta metal meter method middle might mild military militia
milk mill million mind mine minister ministry minor minority mint minute miracle mirror miss
missile mission mistake mix mixture mode model moderate modern modest mole mom moment monday
money monitor monk monkey month mood moon moose moral more moreover morning mortgage moss most
mostly moth mother motion motivation motor mount mountain mouse mouth move movement movie much
mule multiple murder muscle museum music musical musician must mutual my myself mystery myth
nail naive naked name narrative narrow nation national native natural naturally nature near
nearby nearly neat necessarily necessary neck need needle negative negotiate negotiation
neighbor neighborhood neither nerve nervous nest net network neutral never nevertheless new
newly news newspaper next nice nickel night nine nineteen ninety no noble nobody nod noise noisy
nomination none nonetheless nor normal normally north northern nose not note nothing notice
notion novel november now nowhere nuclear number numerous nurse nut oak oasis object objective
obligation observation observe observer obtain obvious obviously occasion occasionally
occupation occupy occur ocean october odd odds of off offense offensive offer office officer
official often oh oil ok okay old olympic omega on once one ongoing onion online only onto open
opening operate operating operation operator opinion opponent opportunity oppose opposite
opposition option or oracle orange orbit orchard order ordinary organic organization organize
orientation origin original originally other others otherwise otter ought our ourselves out
outcome outside oven over overall overcome overlook owe owl own owner ox oyster pace pack
package pact paddle page pain painful paint painter painting pair palace pale palm pan panda
panel pant panther paper parent park parking parliament parrot part participant participate
participation particular particularly partly partner partnership party pass passage passenger
passion past patch path patient patrol pattern pause pay payment peace peach peak pear pearl
pebble peer pelican penalty penguin people pepper per perceive percentage perception perfect
perfectly perform performance perhaps period permanent permission permit person personal
personality personally personnel perspective persuade petal phase phenomenon philosophy phone
photo photograph photographer phrase physical physically physician piano pick picture pie piece
pigeon pile pillar pilot pine pink pipe pirate pitch place plain plan plane planet planning
plant plastic plate platform platoon play player please pleasure plenty plot plum plus pocket
poem poet poetry point pole police policy polite political politically politician politics poll
pollution pond pony pool poor pop poppy popular population porch port portion portrait portray
pose position positive possess possibility possible possibly post pot potato potential
potentially pound pour poverty powder power powerful practical practice pray prayer precisely
predict prefer preference pregnancy pregnant preparation prepare prescription presence present
presentation preserve president presidential press pressure pretend pretty prevent previous
previously price pride priest primarily primary prime principal principle print prior priority
prison prisoner privacy private probably problem procedure proceed process produce producer
product production profession professional professor profile profit program progress project
prominent promise promote prompt proof proper properly property proportion proposal propose
proposed prosecutor prospect protect protection protein protest proud prove provide provider
province provision psychological psychology public publication publicly publish publisher pull
punishment puppy purchase pure purpose pursue push put quail qualify quality quarter quarterback
quartz question quick quickly quiet quietly quit quite quote rabbit raccoon race racial radical
radio rail rain raise range rank rapid rapidly rare rarely rate rather rating ratio raven raw
reach react reaction read reader reading ready real reality realize really reason reasonable
recall receive recent recently recipe recognition recognize recommend recommendation record
recording recover recovery recruit red reduce reduction reef refer reference reflect reflection
reform refugee refuse regal regard regarding regardless regime regiment region regional register
registry regular regularly regulate regulation reinforce reject relate relation relationship
relative relatively relax release relevant relief religion religious rely remain remaining
remarkable remember remind remote remove repeat repeatedly replace reply report reporter
represent representation representative republic reputation request require requirement research
researcher resemble reservation resident resist resistance resolution resolve resort resource
respect respond respondent response responsibility responsible rest restaurant restore
restriction result retain retire retirement return reveal revenue review revolution rhythm
ribbon rice rich rid ride rifle right rigid ring ripe rise risk river road robin robust rock
rocket rod role roll romantic roof room root rope rose rough roughly round route routine row
royal rub ruby rude rule run running rural rush rusty sacred sad saddle safe safety sage sail
sake salad salary sale sales salmon salt salty same sample sanction sand sane satellite
satisfaction satisfy saturday sauce save saving say scale scandal scarce scared scarf scenario
scene schedule scheme scholar scholarship school science scientific scientist scope score scream
screen script scroll sea seal search season seat second secret secretary section sector secure
security see seed seek seem segment seize select selection self sell senate senator send senior
sense sensitive sentence separate september sequence series serious seriously serve service
session set setting settle settlement seven seventeen seventy several severe sex sexual shade
shadow shake shall shallow shape share shark sharp she sheep sheet shelf shell shelter shield
shift shine shiny ship shirt shit shock shoe shoot shooting shop shopping shore short shortly
shot should shoulder shout show shower shrimp shrug shut shy sick side sigh sight sign signal
significance significant significantly silence silent silk silly silver similar similarly simple
simply sin since sincere sing singer single sink sir sister sit site situation six sixteen sixty
size ski skill skin skull sky slate slave sleek sleep slice slide slight slightly slim slip
sloth slow slowly small smart smell smile smoke smooth snail snake snap snow snowy so sober
soccer social society soft software soil solar soldier solid solution solve some somebody
somehow someone something sometimes somewhat somewhere son song soon sophisticated sorry sort
soul sound soup sour source south southern space spare sparrow speak speaker spear special
specialist species specific specifically speech speed spend spending sphinx spider spike spin
spirit spiritual split spokesman spoon sport spot spread spring squad squadron square squeeze
squirrel stability stable staff stag stage stair stake stand standard standing star stare stark
start state statement station statistics status stay steady steal steam steel steep step stick
sticky stiff still stir stock stomach stone stop storage store stork storm story stout straight
strange stranger strategic strategy straw stream street strength strengthen stress stretch
strict strike string strip stroke strong strongly structure struggle student studio study stuff
stupid sturdy style subject submit subsequent substance substantial subtle succeed success
successful successfully such sudden suddenly sue suffer sufficient sugar suggest suggestion
suicide suit summer summit sun sunday sunny super supply support supporter suppose supposed
supreme sure surely surface surgery surprise surprised surprising surprisingly surround survey
survival survive survivor suspect sustain swan swear sweep sweet swift swim swing switch sword
symbol symptom syndicate system table tablespoon tactic tail take tale talent talk tall tame
tank tap tape target task taste tax taxpayer tea teach teacher teaching team tear teaspoon
technical technique technology teen teenager telegram telegraph telephone telescope television
tell temperature temporary ten tend tendency tender tennis tense tension tent term terms
terrible territory terror terrorism terrorist test testify testimony testing text than thank
thanks that the theater their them theme themselves then theory therapy there therefore these
they thick thin thing think thinking third thirteen thirty this those though thought thousand
threat threaten three throat through throughout throw thursday thus ticket tidy tie tiger tight
timber time times timid tiny tip tire tired tissue title to toad tobacco today toe together
tomato tomorrow tone tongue tonight too tool tooth top topic torch tortoise toss total totally
touch tough tour tourist tournament toward towards tower town toxic toy trace track trade
tradition traditional traffic tragedy trail train training transfer transform transformation
transition translate transportation travel treat treatment treaty tree tremendous trend trial
tribal tribe tribunal tribune trick trillion trip troop trouble truck true truly trust truth try
tube tuesday tulip tunnel turn turtle twelve twenty twice twin two type typical typically ugly
ultimate ultimately umbrella unable uncle under undergo understand understanding unfortunately
unicorn uniform union unique unit united universal universe university unknown unless unlike
unlikely until unusual up upon upper urban urge urgent us use used useful user usual usually
utility vacation vague valid valley valuable value valve variable variation variety various vary
vast vegetable vehicle venture version versus very vessel veteran via victim victory video view
viewer village vine violate violation violence violent violet viper virtually virtue virus visa
visible vision visit visitor visual vital vivid voice volume volunteer vote voter vs vulnerable
wage wait wake walk wall walnut walrus wander want war warm warn warning wash wasp waste watch
water wave way we weak wealth wealthy weapon wear weary weather wedding wednesday week weekend
weekly weigh weight welcome welfare well west western wet whale what whatever wheat wheel when
whenever where whereas whether which while whisper white who whole whom whose why wicked wide
widely widespread wife wild will willing willow win wind window wine wing winner winter wipe
wire wisdom wise wish with withdraw within without witness witty wolf woman wonder wonderful
wood wooden word work worker working works workshop world worm worried worry worth would wound
wrap wren write writer writing wrong yak yard yeah year yell yellow yes yesterday yet yield you
young youngster your yours yourself youth zealous zebra zero zinc zone
`;

let words: Set<string> | null = null;

function commonWords(): Set<string> {
  words ??= new Set(WORDS.split(/\s+/u).filter((word) => word !== ''));
  return words;
}

/** Is `lower` (a lower-case word) a common word, or the plural of one? */
export function isCommonWord(lower: string): boolean {
  const set = commonWords();
  if (set.has(lower)) return true;
  if (lower.length > 3 && lower.endsWith('s')) {
    if (set.has(lower.slice(0, -1))) return true;
    if (lower.endsWith('es') && set.has(lower.slice(0, -2))) return true;
    if (lower.endsWith('ies') && set.has(`${lower.slice(0, -3)}y`)) return true;
  }
  return false;
}

/** The list itself, for tools such as the benchmark's text generator. */
export function commonWordList(): readonly string[] {
  return [...commonWords()];
}
