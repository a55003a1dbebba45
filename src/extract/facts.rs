//! Per-sentence readers: weapon class, projectile count, casualties, claims, launch site, range.

use std::sync::LazyLock;

use regex::Regex;

use super::numbers::{self, NUMBER};
use super::{groups, lexicon};
use crate::model::Weapon;

/// Compiles a pattern with ASCII word boundaries: a Unicode `\b` keeps the fast lazy DFA off on any
/// text with a curly quote, and the words these patterns bound are English.
fn re(s: &str) -> Regex {
    Regex::new(&s.replace(r"\b", r"(?-u:\b)")).unwrap()
}

/// Weapon classes named in a sentence with their byte offsets, from the lexicon's weapon words and
/// the weapons table's system names ("rocket launchers" is no attack).
pub fn weapons(s: &str) -> Vec<(usize, Weapon)> {
    // "rocket launchers", "missile depots", "a drone factory": what was struck, not what struck;
    // "amid drone overflights": what was seen; "the artillery official of the command": a post.
    static STORE_OF: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:launchers?|launchpads?|launch pads?|depots?|warehouses?|factory|factories|storage|stockpiles?|arsenals?|production|workshops?|over-?flights?|sightings?|officials?|officers?|commanders?|chiefs?|experts?|specialists?|staging|squads?|disposal|threats?|shelters?|makers?|making|scares?|hoax(?:es)?)\b",
        )
    });
    // "the absence of any drones", "nor did they confirm it was a drone": a weapon denied or
    // doubted in its own clause is not what struck.
    static DOUBTED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:absence of|nor\s+(?:did|does|do|could|would)|(?:did|does|do|could)\s+not\s+(?:confirm|say|specify|know)|no sign of|ruled out)\b[^,.;:]{0,50}$",
        )
    });
    // "an area used to build car bombs", "a site where drones were assembled": what was made there.
    static MADE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:build|building|builds|built|make|making|makes|manufactur\w*|assembl\w*|produc(?:e|ed|es|ing)|stor(?:e|ed|es|ing)|stockpil\w*)\s+(?:[\w-]+\s+){0,2}?$",
        )
    });
    // "the sound of military aircraft afterwards", "the buzz of drones overhead": what was heard.
    static HEARD: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:sounds?|noise|roar|hum|humming|buzz|buzzing) of\s+(?:the\s+)?(?:[\w-]+\s+)?$"));
    let all = lexicon::Lexicon::embedded().weapons(s);
    let first = all.first().map(|(r, _)| r.start);
    let found: Vec<_> = all
        .into_iter()
        .filter(|(r, _)| {
            let before = &s[..r.start];
            !STORE_OF.is_match(&s[r.end..])
                && !DOUBTED.is_match(before)
                && !MADE.is_match(before)
                && !HEARD.is_match(before)
        })
        .filter(|(r, _)| first == Some(r.start) || !PAYLOAD.is_match(&s[..r.start]))
        .collect();
    // "Warplanes shelled areas near the camp", "shelling by jets": aircraft shell from the air.
    let shelling = |r: &std::ops::Range<usize>| shelling_word(&s[r.clone()]);
    let aircraft =
        || lexicon::Lexicon::embedded().tag(s).iter().any(|h| h.tag == lexicon::Tag::Carrier(Weapon::Airstrike));
    let from_the_air = found.iter().any(|(r, _)| shelling(r)) && aircraft();
    found.into_iter().filter(|(r, _)| !(from_the_air && shelling(r))).map(|(r, w)| (r.start, w)).collect()
}

/// "shelled", "shelling": a verb of shelling, which names the class only until a sentence names
/// what was fired.
pub fn shelling_word(word: &str) -> bool {
    word.eq_ignore_ascii_case("shelled") || word.eq_ignore_ascii_case("shelling")
}

/// "a drone carrying two missiles crashed", "a drone dropped a bomb on the post": what a weapon carried
/// or dropped, not what struck, told after it.
static PAYLOAD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:carrying|carried|armed with|loaded with|laden with|equipped with|fitted with|dropped|dropping|drops|released|releasing)\s+(?:{NUMBER}\s+)?(?:[\w-]+\s+)?$"
    ))
});

/// A number ending at most two words before a counted weapon word of the lexicon ("two UAVs", "18 x
/// 107mm rockets", "three booby-trapped drones", "two of the drones"), read on the text before it.
static NUMBER_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)\b({NUMBER})(\+)?\s+(x\s+|of the\s+)?((?:[\w.-]+\s+){{0,2}}?)$")));
/// "20 rocket attacks", "two drone strikes", "three rocket and drone attacks": a count of attacks,
/// not of projectiles.
static NOT_A_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\s+(?:(?:and|or|and/or)\s+[\w-]+\s+)?(?:attacks?|strikes?|launchers?|fire|barrages?)\b")
});
/// "the two drones attack on the field": the plural is the projectiles', the attack one.
fn projectiles_of_one_attack(weapon_word: &str, after: &str) -> bool {
    static ONE_ATTACK: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^\s+(?:attack|strike)\s+(?:on|against|targeting)\b"));
    weapon_word.ends_with('s') && ONE_ATTACK.is_match(after)
}
static NOT_FIRED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\W*(\w+\W+){0,4}?(were|was)\s+(found|discovered|recovered|seized|defused)"));
/// "seized four rockets", "found two more drones": projectiles that were not fired, told before.
static NOT_FIRED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:seized|seize|found|find|discovered|discover|recovered|dismantled|defused|confiscated)(?:\s+\w+){0,3}?\s*$",
    )
});

/// A count of projectiles: its least and its most, either unknown ("more than 20", "up to 30").
pub type Count = (Option<u32>, Option<u32>);

/// The projectile count stated in a sentence: (min, max). The ones brought down ("two drones were
/// shot down") are at least that many: more may have been launched.
pub fn count(s: &str) -> Option<Count> {
    static DOWNED: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:shot down|intercepted|downed|brought down|destroyed in (?:the )?air)\b"));
    let (told, whole) = count_told(s)?;
    Some(if DOWNED.is_match(s) && !whole { (told.0.or(told.1), None) } else { told })
}

/// The count and whether it is told as the whole ("the one and the other").
fn count_told(s: &str) -> Option<(Count, bool)> {
    // "two of the drones landed": a part, so at least that many; kept in case nothing tells the whole.
    let mut part = None;
    for hit in lexicon::Lexicon::embedded().tag(s).into_iter().filter(|h| h.tag.countable()) {
        let mut from = hit.range.start.saturating_sub(120);
        while !s.is_char_boundary(from) {
            from += 1;
        }
        // "on December 20 launched eight rockets": the number nearest the projectile counts it.
        let c = loop {
            let Some(c) = NUMBER_BEFORE.captures(&s[from..hit.range.start]) else { break None };
            let gap = c.get(4).unwrap();
            match gap.as_str().split_whitespace().position(|w| numbers::value(w).is_some()) {
                Some(_) => from += gap.start(),
                None => break Some(c),
            }
        };
        let Some(c) = c else { continue };
        let start = from + c.get(0).unwrap().start();
        let after = &s[hit.range.end..];
        let carried = PAYLOAD.is_match(&s[..start]) && !weapons(&s[..start]).is_empty();
        if NOT_FIRED.is_match(after)
            || carried
            || (NOT_A_COUNT.is_match(after) && !projectiles_of_one_attack(&s[hit.range.clone()], after))
            || NOT_FIRED_BEFORE.is_match(&s[..start])
            || s[..start].to_lowercase().ends_with("more ")
        {
            continue;
        }
        let phrase = c[1].trim();
        // "In 2018 rockets hit ...": a bare year is a date, never a count; so is the day of "an
        // April 9 air strike".
        let year = phrase.len() == 4 && phrase.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y));
        let day = phrase.chars().all(|ch| ch.is_ascii_digit()) && super::dates::ends_with_month(&s[..start]);
        // "Fateh-313 and Qiam missiles": a number joined to a name by a hyphen is the system's.
        let model = s[..start].ends_with('-') && s[..start - 1].ends_with(|ch: char| ch.is_alphabetic());
        // "At 7 am another drone hit ...": an hour, not a count.
        static CLOCK: LazyLock<Regex> =
            LazyLock::new(|| re(r"(?i)^(?:a\.?m\b\.?|p\.?m\b\.?|gmt\b|utc\b|hrs\b|o['’]clock\b)"));
        let clock = CLOCK.is_match(c.get(4).unwrap().as_str());
        if year || day || model || clock || phrase.split_whitespace().last().is_some_and(|w| w == "more") {
            continue;
        }
        let gap: Vec<String> = c[4].split_whitespace().map(str::to_lowercase).collect();
        let collective = ["pair", "couple", "dozen", "dozens", "hundreds"].iter().any(|w| phrase.ends_with(w));
        if c.get(3).is_some_and(|p| p.as_str().starts_with("of"))
            || (!collective && gap.first().is_some_and(|w| w == "of"))
        {
            part = part.or_else(|| numbers::lower_bound(phrase));
            continue;
        }
        // Words between the number and the projectile belong to another phrase: "10 wounded after
        // rockets".
        let other_phrase = [
            "after",
            "before",
            "by",
            "from",
            "were",
            "was",
            "wounded",
            "killed",
            "injured",
            "hurt",
            "dead",
            "died",
            "people",
            "unused",
            "unfired",
            "unlaunched",
            "unexploded",
        ];
        if gap.iter().any(|w| other_phrase.contains(&w.as_str())) {
            continue;
        }
        // Only numerals and number words count: "a drone" is no count, "a single drone" is one.
        if matches!(phrase.to_lowercase().as_str(), "a" | "an") {
            let plural = s[hit.range.clone()].ends_with('s');
            if gap.first().is_some_and(|w| w == "single") && !plural {
                return Some(((Some(1), Some(1)), false));
            }
            continue;
        }
        // "one drone was shot down, while the second struck": the one and the other, two.
        static AND_THE_OTHER: LazyLock<Regex> =
            LazyLock::new(|| re(r"(?i)^[^.;]{0,80}?\b(?:while|and|but|whereas)\s+the\s+(?:second|other)\b"));
        if phrase.eq_ignore_ascii_case("one") && AND_THE_OTHER.is_match(after) {
            return Some(((Some(2), Some(2)), true));
        }
        if let Some(q) = numbers::quantity(phrase) {
            // "30+ rockets": at least 30.
            if c.get(2).is_some() {
                return Some(((q.min.or(q.max), None), false));
            }
            return Some(((q.min, q.max), false));
        }
    }
    part.map(|n| ((Some(n), None), false))
}

/// Killed by gunfire: "shot dead", "gunned down".
pub const SHOT_DEAD: &str = r"(?:shot|shooting|shoots)\s+dead|(?:gunned|gunning)\s+down";
/// A fight with small arms: "a shootout", "an exchange of fire", "a gun battle".
pub const GUNFIGHT: &str =
    r"shoot-?outs?|exchanges?\s+of\s+fire|exchanged\s+fire|fire ?fights?|gun ?fights?|gun ?battles?";
const VICTIM: &str = r"(?:[A-Za-z0-9_.'’-]+\s+){0,6}?";
/// "three fighters affiliated with the Resistance Units were killed": the people, then who they
/// belong to (a phrase longer than a victim's words alone may be).
const VICTIM_OF: &str = r"(?:[\w'’-]+\s+){0,3}?(?:soldiers?|troops|fighters?|members?|commanders?|civilians?|people|personnel|contractors?|workers?|guards?|officers?|militants?|militiam[ae]n|gunmen|policemen|residents?|servicemen|service members?)\s+(?:affiliated with|belonging to|loyal to|attached to|serving with|from|of)\s+(?:[\w.'’-]+\s+){1,8}?";
static KILLED_ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:kill(?:ed|ing|s)?|{SHOT_DEAD})\s+(?:another\s+|a further\s+|an additional\s+)?({NUMBER})\s+{VICTIM}?(?:\w+)(?:\s+dead)?|\bkill(?:ed|ing)\s+({NUMBER})(?:[,;.]|$)"
    ))
});
/// "killed the US civilian contractor": one person, named by the singular. Not a commander or a
/// leader: a strike that "killed the commander" is told by its target, and others often died with him.
static KILLED_THE_ONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bkill(?:ed|ing|s)\s+the\s+(?:[A-Za-z.'’-]+\s+){0,3}?(?:contractor|soldier|service\s?member|serviceman|civilian|driver|guard|worker|employee|journalist|child|man|woman|pilot)\b(?:[^\w'’-]|$)",
    )
});
/// "commander Heval Mazlum was wounded": one person, told by name as the subject (not "a commander
/// within the Revolutionary Guard was killed").
static ONE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[,;]\s*|\b(?:and|that|commander|leader|chief|official|officer|general|member|spokesman)\s+)\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?(killed|wounded|injured|hurt)\b",
    )
});
/// "the raid resulted in the death of Omar Hadid, who led a brigade": one named person died.
static DEATH_OF_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:resulted in|led to|caused|causing|leading to|resulting in)\s+the\s+(?:(?:probable|likely|reported)\s+)?death\s+of\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,4}?\p{Lu}[\p{L}'’-]+(?:[,.;]|$|\s+(?:in|on|at|and|a|an|the|who)\b)",
    )
});
/// The rule of a figure of others than the dead told before: "four other fighters were killed",
/// after a sentence told the commander's death, makes five.
pub const OTHERS_KILLED: &str = "casualties/others-killed";
/// "one minor partner force casualty": hurt, not killed.
static MINOR_CASUALTIES: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)\b({NUMBER})\s+minor\s+(?:[\w-]+\s+){{0,3}}?casualt(?:y|ies)\b")));
/// "a father of six, who later succumbed to his injuries": one more dead.
static DIED_OF_WOUNDS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:succumbed to|died (?:of|from)) (?:his|her) (?:injuries|wounds)\b"));
static KILLED_AND: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:[A-Za-z0-9_.'’-]+\s+){0,4}?and\s+(an?|another|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w.-]+\s+){0,2}?(?:from|other|more|others|soldiers?|civilians?|troops?|people|members?|contractors?|personnel|Americans?|Iraqis?|Britons?|British|Kurds?|Syrians?|foreigners?|workers?|guards?|officers?|militants?|fighters?|commanders?|policemen|residents?|children|women)\b",
    )
});
/// "One person is said to have been killed", "two are believed to have been wounded".
const SAID_TO_HAVE_BEEN: &str =
    r"(?:is|are|was|were)\s+(?:said|reported|believed|thought|understood|known)\s+to\s+have\s+been";
static KILLED_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({NUMBER})\s+{VICTIM}(?:[A-Za-z0-9_.'’-]*,[^,]{{1,60}},\s+)?(?:{SAID_TO_HAVE_BEEN}|were|was|have been|had been|are|is)\s+(?:reported\s+|also\s+)?(?:\w+ly\s+)?(?:killed|dead|martyred|{SHOT_DEAD})\b|\b({NUMBER})\s+{VICTIM}(?:died|perished|(?:have\s+|had\s+)?lost their lives)\b|\b({NUMBER})\s+{VICTIM_OF}(?:(?:were|was|have been|had been)\s+(?:reported\s+|also\s+)?killed|died|perished|(?:have\s+|had\s+)?lost their lives)\b|\b({NUMBER})\s+(?:[A-Za-z_.]+\s+){{0,2}}?(?:killed|dead)(?:[,;.)]|$)|\b({NUMBER})\+?\s+(?:(?:confirmed|reported|known|civilian|military|further|more|additional)\s+)?(?:deaths?|fatalit(?:y|ies))\b|\b({SMALL_NUMBER})\s+{VICTIM}has been\s+(?:\w+ly\s+)?(?:killed|dead)\b"
    ))
});
/// "left two dead"; "a British medic was among three coalition personnel killed" (the total).
static LEFT_DEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\bleft\s+({NUMBER})\s+{VICTIM}dead\b|\bamong\s+(?:the\s+)?({NUMBER})\s+(?:[A-Za-z0-9_.'’-]+\s+){{0,3}}?(?:killed|dead)\b"
    ))
});
static INJURED_ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:injur(?:ed|ing|es)|wound(?:ed|ing|s))\s+(?:another\s+|a further\s+|an additional\s+)?({NUMBER})\b"
    ))
});
static INJURED_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({NUMBER})\s+{VICTIM}(?:[A-Za-z0-9_.'’-]*,[^,]{{1,60}},\s+)?(?:{SAID_TO_HAVE_BEEN}|were|was|have been|had been|are|is)\s+(?:reported\s+|also\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt)\b|\b({NUMBER})\s+{VICTIM_OF}(?:were|was|have been|had been)\s+(?:reported\s+|also\s+)?(?:injured|wounded|hurt)\b|\b({NUMBER})\s+(?:others|other people|more)\s+(?:were\s+)?(?:injured|wounded|hurt)\b|\b(?:killed|dead)\s+and\s+({NUMBER})\s+(?:(?:others|people|more)\s+)?(?:were\s+)?(?:injured|wounded|hurt)\b|\b({NUMBER})\s+(?:[A-Za-z_.]+\s+){{0,4}}?(?:injured|wounded|hurt)(?:[,;.)]|$|\s+(?:including|among|in|after|during|when|while|from|by)\b)|\b({NUMBER})\+?\s+(?:[a-z]+\s+)?injur(?:y|ies)\b|\binjur(?:y|ies)\s+to\s+({NUMBER})\b|\b({NUMBER})\s+{VICTIM}(?:were\s+|was\s+|have been\s+|had been\s+)?(?:diagnosed with|treated for|suffered|sustained)\s+(?:[\w-]+\s+){{0,3}}?(?:injur|wound|concussion)"
    ))
});
/// Whose casualties: "no US or Iraqi casualties".
const WHOSE: &str = r"(?:U\.S\.|US|American|coalition|Iraqi|friendly|civilian|human)";
/// The verbs of "did not cause any casualties".
const CAUSE: &str = r"(?:cause|result\s+in|inflict|lead\s+to|leave)";
static NO_CASUALTIES: LazyLock<Regex> = LazyLock::new(|| {
    re(&
        r"(?i)\b(?:(?:no|zero)\s+(?:reported\s+|confirmed\s+|known\s+)?|neither\s+|without\s+(?:causing\s+|resulting\s+in\s+|inflicting\s+|leaving\s+|recording\s+|reporting\s+|registering\s+)?(?:any\s+)?|(?:did|does|has|have|had)(?: not|n[’']t)\s+(?:{CAUSE}|report)\s+(?:any\s+)?(?:reported\s+|confirmed\s+|known\s+)?)(?:(?:material\s+)?damages?\s+(?:or|and|nor)\s+)?(?:{WHOSE}\s+(?:(?:or|and|nor)\s+{WHOSE}\s+)?)?(?:casualt(?:y|ies)|causalities|victims)\b|\bno (?:official )?reports? of (?:any )?(?:casualt(?:y|ies)|causalities)\b|\bno (?:deaths or injuries|injuries or deaths)\b|\bno one was (?:hurt|harmed)\b|\b(?:neither|none of the)\s+(?:[\w-]+\s+){0,2}?(?:caused|resulted\s+in|inflicted|led\s+to|left)\s+(?:any\s+)?(?:(?:material\s+)?damages?\s+(?:or|and|nor)\s+)?(?:casualt(?:y|ies)|victims)\b|\bno harm to (?:any\s+)?(?:personnel|troops|people|anyone|soldiers|forces)\b|\bnobody was (?:hurt|harmed)\b|\b(?:no|without\s+(?:causing\s+|recording\s+|reporting\s+|registering\s+)?(?:any\s+)?)\s*(?:further\s+|human\s+(?:(?:or|and)\s+material\s+)?|material\s+(?:or|and|nor)\s+human\s+)?losses\b|\b(?:no|nor) human (?:damage|losses)\b|\b(?:did|does|has|have|had)(?: not|n[’']t)\s+{CAUSE}\s+(?:any\s+)?(?:human\s+(?:(?:or|and)\s+material\s+)?|material\s+(?:or|and|nor)\s+human\s+)(?:losses|damage)\b|\bonly (?:caused|causing|resulted in|left) (?:some |minor )?(?:material )?damages?\b|\bonly material (?:losses|damages?)\b|\bmaterial (?:losses|damages?) only\b"
            .replace("{CAUSE}", CAUSE)
            .replace("{WHOSE}", WHOSE),
    )
});
/// "four civilians killed and six injured": both figures in one phrase.
static KILLED_AND_INJURED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({NUMBER})\s+(?:[A-Za-z0-9_.'’-]+\s+){{0,3}}?(?:(?:were|was)\s+)?(?:killed|dead)(?:\s+and|,)\s+({NUMBER})\s+(?:(?:others?|other people|people|more)\s+)?(?:were\s+)?(?:injured|wounded|hurt)\b"
    ))
});
static NO_INJURIES: LazyLock<Regex> = LazyLock::new(|| {
    re(&
        r"(?i)\bno (?:(?:official )?reports? of (?:any )?(?:injur(?:y|ies|ed)|wounded)|(?:other |further |additional |reported )?injuries|(?:material )?damages? (?:or|and|nor) injur(?:y|ies)|(?:[\w.-]+ ){0,5}(?:was|were|had been|has been|have been) (?:\w+ly )?(?:killed (?:or|and|nor) )?(?:injured|hurt|wounded))\b|\bnone of (?:the |its |their |our )?(?:[\w.-]+ ){0,3}(?:was|were|had been|has been|have been) (?:\w+ly )?(?:killed (?:or|and|nor) )?(?:injured|hurt|wounded|harmed)\b|\bescaped (?:any )?injur(?:y|ies)|\b(?:were|was) (?:all )?(?:unharmed|unhurt)\b|\b(?:did|does|has|have|had)(?: not|n[’']t)\s+{CAUSE}\s+any\s+(?:(?:material\s+)?damages?\s+(?:or|and|nor)\s+)?injur(?:y|ies)\b|\bwithout\s+(?:causing\s+|resulting\s+in\s+|inflicting\s+)?any\s+(?:(?:material\s+)?damages?\s+(?:or|and|nor)\s+)?injur(?:y|ies)\b"
            .replace("{CAUSE}", CAUSE),
    )
});
static NO_DEATHS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:no |none of (?:the |its |their |our )?)(?:deaths|fatalities|(?:[\w.-]+ ){0,5}(?:was|were|had been|has been|have been) (?:(?:hurt|injured|wounded|harmed) (?:or|and|nor) )?killed)\b|\b(?:no|without(?: any)?) loss of (?:human )?li(?:fe|ves)\b|\bno (?:human )?li(?:fe|ves) (?:was |were |had been |have been )?lost\b",
    )
});

/// "the death of a contractor", "the killing of three fighters", "claimed the lives of nine
/// civilians": the dead as a noun's object.
static DEATH_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:deaths?|killings?|martyrdom|(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives?|(?:tragic\s+)?loss)\s+of\s+(?:the\s+)?({NUMBER})\s+(?:[\w.'’-]+\s+){{0,3}}?[\w'’-]+"
    ))
});
/// "a commander, along with two fellow fighters, was killed": the named one and the others.
static ALONG_WITH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\balong with\s+({NUMBER})\s+(?:[\w'’-]+\s+){{0,3}}?(?:others|fighters|members|soldiers|comrades|colleagues|bodyguards|companions|people|civilians|guards)\b[^.;]{{0,20}}?\b(?:was|were)\s+killed\b"
    ))
});

/// A figure as outlets write a small group's: a numeral or a number word up to ten.
/// "another SDF fighter was killed": one more victim, of an attack of its own.
pub const ANOTHER_KILLED: &str = r"another\s+(?:[\w-]+\s+){0,2}?(?:soldier|fighter|member|civilian|officer|policeman|guard|militiaman|serviceman|contractor)\s+(?:was|has been|had been)\s+killed";
/// The states whose forces strike in the theatre, as outlets name them.
const STATES: &str =
    r"U\.S\.|US|United States|American|Israel|Israeli|Turkey|Turkish|Iran|Iranian|Russia|Russian|Jordan|Jordanian";
pub const SMALL_NUMBER: &str = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)";

/// "2 US and 1 UK personnel killed": two groups summed.
static PAIR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({SMALL_NUMBER})\s+((?:[\w.]+\s+){{0,2}}[\w.]+)\s+and\s+({SMALL_NUMBER})\s+(?:[A-Za-z0-9_.]+\s+){{0,2}}?(?:were\s+)?(killed|dead|wounded|injured|hurt)\b",
    ))
});

/// "5 contractors injured and 1 service member injured": groups listed each with its figure and
/// the same casualty word, summed.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({SMALL_NUMBER})\s+(?:[A-Za-z0-9_.'’-]+\s+){{1,4}}?(killed|dead|wounded|injured|hurt)\s*(?:,\s*(?:and\s+)?|and\s+)({SMALL_NUMBER})\s+(?:[A-Za-z0-9_.'’-]+\s+){{1,4}}?(killed|dead|wounded|injured|hurt)\b",
    ))
});

fn listed(s: &str, deaths: bool) -> Option<u32> {
    let of_death = |w: &str| matches!(w.to_lowercase().as_str(), "killed" | "dead");
    // Lists overlap ("1 killed, 5 injured and 1 injured"): each next try starts at the second group.
    let mut from = 0;
    while let Some(c) = LISTED.captures_at(s, from) {
        if of_death(&c[2]) == deaths && of_death(&c[4]) == deaths {
            return u32::try_from(numbers::value(&c[1])?.checked_add(numbers::value(&c[3])?)?).ok();
        }
        from = c.get(3).unwrap().start();
    }
    None
}

/// "the martyrdom of a guard and two others were hurt": a figure right after the word of a death is
/// of the dead, whatever verb the sentence ends on.
static DIED_FIRST: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:martyrdom|death|deaths|killing|loss|lives)\s+of\s+$"));

fn pair(s: &str, deaths: bool) -> Option<u32> {
    // "one dead and six wounded", "two lost their lives and one was hurt" are two figures, not
    // two groups.
    let group_word = |g: &str| {
        g.split_whitespace().all(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "killed" | "dead" | "wounded" | "injured" | "hurt" | "were" | "was" | "lost" | "died" | "perished"
            )
        })
    };
    PAIR.captures_iter(s)
        .find(|c| {
            group_word(&c[2])
                && !DIED_FIRST.is_match(&s[..c.get(0).unwrap().start()])
                && matches!(&c[4].to_lowercase()[..], "killed" | "dead") == deaths
        })
        .and_then(|c| {
            let n = numbers::value(&c[1])?.checked_add(numbers::value(&c[3])?)?;
            u32::try_from(n).ok()
        })
}

/// "… and one from Britain", "… and two Iraqi soldiers": a second group added to a casualty figure,
/// unless the group has a verb of its own ("killed and five others were wounded", "killed and
/// nine others wounded", "killed and seven others, including two civilians, were wounded").
fn and_more(rest: &str) -> u32 {
    static OWN_VERB: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^[^,;.]*?(?:,[^,;.]{1,60},)?\s*(?:(?:(?:were|was|have been|had been)\s+(?:\w+ly\s+)?)?(?:killed|dead|wounded|injured|hurt)|(?:suffered|sustained|received)\s+(?:\w+\s+)?(?:injuries|wounds)|died)\b",
        )
    });
    // "... and a civilian while six others were wounded": the verb of another clause is not the
    // group's own.
    static CLAUSE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:while|whereas|but)\b"));
    // "U.S." is no sentence's end: its stops must not hide the group's verb.
    static INITIALS: LazyLock<Regex> = LazyLock::new(|| re(r"\b([A-Z])\.([A-Z])\."));
    let rest = INITIALS.replace_all(rest, "$1$2");
    // "killed two border guards and the driver of their car": one more, told by what he was.
    static AND_THE_ONE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:[A-Za-z0-9_.'’-]+\s+){0,6}?and\s+(?:the|their|its|his)\s+(?:[\w-]+\s+)?(?:driver|pilot|escort|bodyguard|interpreter|translator|companion)\b",
        )
    });
    let Some(a) = KILLED_AND.captures(&rest) else {
        let one = AND_THE_ONE.find(&rest).filter(|m| !OWN_VERB.is_match(&rest[m.start()..]));
        return u32::from(one.is_some());
    };
    let group = a.get(0).unwrap();
    let after = &rest[group.start()..];
    let own_clause = CLAUSE.find(after).map_or(after, |m| &after[..m.start()]);
    // "killed and 51 wounded": the second figure is the other casualty. "12 wounded, including three
    // women and two children": the second group is a part of the first.
    let other = ["wounded", "injured", "hurt", "killed", "dead", "including", "among them"];
    if OWN_VERB.is_match(own_clause) || other.iter().any(|w| group.as_str().to_lowercase().contains(w)) {
        return 0;
    }
    // "the death of a commander and another member": one more.
    if a[1].eq_ignore_ascii_case("another") {
        return 1;
    }
    numbers::value(&a[1]).and_then(|v| u32::try_from(v).ok()).unwrap_or(0)
}

/// ", along with five servicemen", "killed along with another fighter": a group added after the
/// figure's verb.
fn along_with(rest: &str) -> u32 {
    static ALONG: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(r"(?i)^\s*,?\s*(?:along|together) with\s+(another|one other|{SMALL_NUMBER})\s+[A-Za-z]"))
    });
    ALONG
        .captures(rest)
        .and_then(|c| match c[1].to_lowercase().as_str() {
            "another" | "one other" => Some(1),
            n => numbers::lower_bound(n),
        })
        .unwrap_or(0)
}

/// "injuring four U.S. service members, and injuring two Iraqis": the verb told again for another
/// group adds its figure.
fn again(rest: &str, deaths: bool) -> u32 {
    static KILLING_AGAIN: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(r"(?i)^[^;]{{0,40}}?\band\s+(?:also\s+)?(?:killing|killed)\s+({NUMBER})\s+[A-Za-z]"))
    });
    static INJURING_AGAIN: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)^[^;]{{0,40}}?\band\s+(?:also\s+)?(?:injuring|wounding|injured|wounded)\s+({NUMBER})\s+[A-Za-z]"
        ))
    });
    let again = if deaths { &KILLING_AGAIN } else { &INJURING_AGAIN };
    again.captures(rest).and_then(|c| numbers::lower_bound(c[1].trim())).unwrap_or(0)
}

/// "five American service members and a second contractor were wounded", "two soldiers and a medic
/// perished": the groups of a passive or intransitive clause's subject, summed. Read backwards from the verb to the clause's start.
fn passive_sum(s: &str, deaths: bool) -> Option<u32> {
    static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:(?:{SAID_TO_HAVE_BEEN}|were|was|have been|had been|are|is)\s+(?:reported\s+|also\s+|later\s+|all\s+)?(?:\w+ly\s+)?(killed|dead|wounded|injured|hurt)|(died|perished)|(?:suffered|sustained)\s+(?:minor\s+|serious\s+|light\s+|severe\s+)?(injuries|wounds))\b",
        ))
    });
    static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)[,;:()—–]|\b(?:when|after|while|as|including|said|says|that|killed|wounded|injured|hurt|dead|died|martyred|was|were)\b",
        )
    });
    static GROUP_START: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)^\s*({NUMBER})\s+\S")));
    for c in PASSIVE.captures_iter(s) {
        let verb = c.get(1).or(c.get(2)).or(c.get(3)).map_or(String::new(), |m| m.as_str().to_lowercase());
        let killed = matches!(verb.as_str(), "killed" | "dead" | "died" | "perished");
        if killed != deaths {
            continue;
        }
        let before = &s[..c.get(0).unwrap().start()];
        let start = CLAUSE_BREAK.find_iter(before).last().map_or(0, |m| m.end());
        let subject = before[start..].trim().trim_start_matches("and ").trim();
        let groups: Vec<&str> = subject.split(" and ").collect();
        // "Seven mortar bombs fell inside the base and four soldiers were wounded": a clause, not a
        // group of the hurt.
        let a_clause = |g: &&str| g.split_whitespace().count() > 6;
        if groups.len() < 2 || subject.split_whitespace().count() > 14 || groups.iter().any(a_clause) {
            continue;
        }
        let mut sum = 0u32;
        for g in groups {
            // "five soldiers and another contractor": one more.
            let another = g.trim_start().to_lowercase().starts_with("another ");
            let n = if another { 1 } else { GROUP_START.captures(g).and_then(|n| numbers::lower_bound(&n[1]))? };
            sum = sum.checked_add(n)?;
        }
        return Some(sum);
    }
    None
}

fn figure(c: &regex::Captures) -> Option<u32> {
    let m = c.iter().skip(1).flatten().next()?;
    let p = m.as_str().trim();
    // "killing a number of residents", "a few soldiers": an article before a vague quantity is no one.
    static VAGUE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\s*(?:number|few|handful|lot|host)\b"));
    let whole = c.get(0)?;
    if matches!(p.to_lowercase().as_str(), "a" | "an") && VAGUE.is_match(&whole.as_str()[m.end() - whole.start()..]) {
        return None;
    }
    numbers::lower_bound(p)
}

/// A figure and the rule that read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    pub n: u32,
    pub rule: &'static str,
}

/// Killed and injured stated in a sentence; `Some(0)` for "no casualties".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Casualties {
    pub killed: Option<Figure>,
    pub injured: Option<Figure>,
}

impl Casualties {
    /// The figures without their rules.
    pub fn figures(self) -> (Option<u32>, Option<u32>) {
        (self.killed.map(|f| f.n), self.injured.map(|f| f.n))
    }
}

/// Words (lower case, parts of words) without one of which a sentence tells no death ...
pub const DEATH_CUES: &[&str] = &[
    "kill",
    "dead",
    "died",
    "perish",
    "death",
    "fatalit",
    "lives",
    "succumbed",
    "martyr",
    "loss of",
    "life",
    "gunned down",
    "gunning down",
];
/// ... no one hurt ...
pub const HURT_CUES: &[&str] = &["injur", "wound", "hurt", "concussion"];
/// ... and no toll at all ("no casualties", "only material damage").
pub const TOLL_CUES: &[&str] = &["casualt", "causalit", "victim", "harm", "losses", "damage"];

/// Killed and injured stated in a sentence, each with the rule that read it.
pub fn casualties(s: &str) -> Casualties {
    let ruled = |rule: &'static str| move |n: u32| Figure { n, rule };
    // "wounding "six fighters"": quotation marks inside a figure's phrase.
    let unquoted;
    let s = if s.contains(['"', '“', '”']) {
        unquoted = s.replace(['"', '“', '”'], "");
        unquoted.as_str()
    } else {
        s
    };
    // "Four people – two guards, a driver and a cook – were killed": who they were, set between
    // dashes, is no part of the figure's phrase.
    static DASHED_ASIDE: LazyLock<Regex> = LazyLock::new(|| re(r"\s+[–—]\s+[^–—.;]{1,80}?\s+[–—]\s+"));
    let without_aside;
    let s = if s.contains(['–', '—']) {
        without_aside = DASHED_ASIDE.replace_all(s, " ").into_owned();
        without_aside.as_str()
    } else {
        s
    };
    // "A member of the Popular Mobilization Forces (PMF) was killed": an acronym after a name is
    // no word of the victim's phrase.
    static ACRONYM: LazyLock<Regex> = LazyLock::new(|| re(r"\s*\([A-Z][A-Za-z]{1,7}\)"));
    let without_acronyms;
    let s = if s.contains('(') {
        without_acronyms = ACRONYM.replace_all(s, "").into_owned();
        without_acronyms.as_str()
    } else {
        s
    };
    // "left a total of 16 people dead": the figure is the number, not the article; "no less than
    // 26 were killed" is at least 26, not nobody.
    static TOTAL_OF: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\ba total of\s+|\b(?:no|not)\s+(?:less|fewer)\s+than\b"));
    let without_total;
    let s = if TOTAL_OF.is_match(s) {
        without_total = TOTAL_OF
            .replace_all(s, |c: &regex::Captures| if c[0].starts_with(['a', 'A']) { "" } else { "at least" })
            .into_owned();
        without_total.as_str()
    } else {
        s
    };
    // "Two fighters identified as Aso Twana and Rebwar Abdi were killed": the names say who, the
    // figure is before them.
    static NAMED_AS: LazyLock<Regex> =
        LazyLock::new(|| re(r",?\s+(?:identified|named)\s+as\s+(?:(?:\p{Lu}[\p{L}'’.-]*|\([^)]{1,30}\)|and|,)\s*)+"));
    let without_names;
    let s = if s.contains(" as ") && NAMED_AS.is_match(s) {
        without_names = NAMED_AS.replace_all(s, " ").into_owned();
        without_names.as_str()
    } else {
        s
    };
    let mut killed: Option<Figure> = None;
    let mut injured: Option<Figure> = None;
    // Most sentences name no casualty at all: skip the patterns whose words are absent.
    let lower = s.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let deaths = has(DEATH_CUES);
    let hurt = has(HURT_CUES);
    if !deaths && !hurt && !has(TOLL_CUES) {
        return Casualties::default();
    }
    // "A wounded officer died, raising the death toll to five": the toll as it stands; "the death
    // toll from Thursday's attack on the bus has risen to 33" names the attack between; "the number
    // of troops injured in the attack rose to at least 34" is the toll of the hurt.
    static TOLL_NOW: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:death toll|number of (?:the\s+)?(?:[\w-]+\s+){{0,3}}?(dead|killed|deaths|fatalities|injured|wounded|injuries|hurt))\s+(?:(?:from|of|in)\s+[^.;]{{1,160}}?\s+)?(?:has\s+|had\s+)?(?:(?:rose|rises|risen|climbed|climbs|jumped|increased|reached|reaches|stands|stood)\s+)?(?:to|at)\s+(?:at least\s+)?({NUMBER})\b"
        ))
    });
    if let Some(c) = TOLL_NOW.captures(s)
        && let Some(n) = numbers::lower_bound(&c[2])
    {
        let of_the_hurt = c.get(1).is_some_and(|k| HURT_CUES.iter().any(|w| k.as_str().to_lowercase().contains(w)));
        if of_the_hurt {
            injured = Some(Figure { n, rule: "casualties/injured-toll-now" });
        } else if deaths {
            killed = Some(Figure { n, rule: "casualties/death-toll-now" });
        }
    }
    if let Some(m) = NO_CASUALTIES.find(s) {
        // "three people were injured, but there were no American casualties": none of one party,
        // the figures stated of the others stand.
        static OF_A_PARTY: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{WHOSE}\b")));
        if OF_A_PARTY.is_match(m.as_str()) {
            let others = casualties(&format!("{} {}", &s[..m.start()], &s[m.end()..]));
            if others.killed.is_some_and(|f| f.n > 0) || others.injured.is_some_and(|f| f.n > 0) {
                return others;
            }
        }
        // "no casualties and only one injury": the dead are none, the one injury stands.
        static INJURIES: LazyLock<Regex> =
            LazyLock::new(|| re(&format!(r"(?i)\b({NUMBER})\s+(?:[a-z]+\s+)?injur(?:y|ies)\b")));
        let injuries = INJURIES.captures(s).and_then(|c| numbers::lower_bound(&c[1]));
        return Casualties {
            killed: Some(Figure { n: 0, rule: "casualties/no-casualties" }),
            injured: injuries
                .map(ruled("casualties/no-casualties-but-injuries"))
                .or(Some(Figure { n: 0, rule: "casualties/no-casualties" })),
        };
    }
    // Casualty words without a word of death or injury tell no figure but "none" and the minor hurt.
    if !deaths && !hurt {
        let minor = MINOR_CASUALTIES.captures(s).and_then(|c| figure(&c));
        return Casualties { killed: None, injured: minor.map(ruled("casualties/minor-casualties")) };
    }
    // "eight soldiers were killed and wounded": a total of both, which is neither.
    static KILLED_AND_WOUNDED_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b{NUMBER}\s+(?:[\w-]+\s+){{0,3}}?(?:were|have been|had been|was)\s+(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured|hurt)\b"
        ))
    });
    if let Some(m) = KILLED_AND_WOUNDED_TOTAL.find(s) {
        return casualties(&format!("{} {}", &s[..m.start()], &s[m.end()..]));
    }
    if DIED_OF_WOUNDS.is_match(s) {
        killed = Some(Figure { n: 1, rule: "casualties/died-of-wounds" });
    }
    if deaths && NO_DEATHS.is_match(s) {
        killed = Some(Figure { n: 0, rule: "casualties/no-deaths" });
    }
    if hurt && NO_INJURIES.is_match(s) {
        injured = Some(Figure { n: 0, rule: "casualties/no-injuries" });
        // Nobody hurt is nobody killed, unless the sentence tells deaths.
        if !deaths {
            killed = Some(Figure { n: 0, rule: "casualties/no-injuries" });
        }
    }
    if deaths && killed.is_none() {
        killed = pair(s, true)
            .map(ruled("casualties/pair-of-groups"))
            .or_else(|| passive_sum(s, true).map(ruled("casualties/passive-sum")))
            .or_else(|| listed(s, true).map(ruled("casualties/groups-listed")));
    }
    if hurt && injured.is_none() {
        injured = pair(s, false)
            .map(ruled("casualties/pair-of-groups"))
            .or_else(|| passive_sum(s, false).map(ruled("casualties/passive-sum")))
            .or_else(|| listed(s, false).map(ruled("casualties/groups-listed")));
    }
    if deaths
        && hurt
        && (killed.is_none() || injured.is_none())
        && let Some(c) = KILLED_AND_INJURED.captures(s)
    {
        killed = killed.or_else(|| numbers::lower_bound(&c[1]).map(ruled("casualties/killed-and-injured")));
        injured = injured.or_else(|| numbers::lower_bound(&c[2]).map(ruled("casualties/killed-and-injured")));
    }
    if deaths
        && killed.is_none()
        && let Some(c) = ALONG_WITH.captures(s)
    {
        killed = numbers::lower_bound(&c[1]).and_then(|n| n.checked_add(1)).map(ruled("casualties/along-with"));
    }
    // A figure's phrase never spans another casualty verb: in "a soldier was killed and four others,
    // including a medic, were wounded" the wounded are the four, not "a soldier ... were wounded";
    // nor another clause's figure: in "two civilians while seven others were wounded", the seven.
    static NUMBER_LED: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)^{NUMBER}\s")));
    // "strikes by Tehran for the killing of one of its generals": a death avenged, not caused.
    static MOTIVE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\b(?:for|over|avenge|avenging|revenge for|retaliation for|response to)\s+(?:the\s+)?$")
    });
    // "said in a statement that another 30 were hurt": the article is no figure when a
    // number follows it among the victim's words.
    static ARTICLE_BEFORE_A_FIGURE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^an?\s.*\b\d+\s"));
    static ANOTHER_FIGURE: LazyLock<Regex> =
        LazyLock::new(|| re(&format!(r"(?i)^\S+\s.*\b(?:while|whereas|but)\s+(?:{SMALL_NUMBER}|several|dozens)\s")));
    // Nor a speaker: in "an official said two guards were killed" or "in a statement that many were
    // killed", "an" and "a" are no victim ("one is said to have been killed" is a victim's verb).
    static SPEECH: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:(said|told)\s+to\s+have|said|says|told|added|stated|statement|announcement)\b"));
    let speaker = |phrase: &str| SPEECH.captures_iter(phrase).any(|c| c.get(1).is_none());
    static CASUALTY_WORD: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\b(?:killed|dead|died|martyred|wounded|injured|hurt|lost (?:their|his|her) li(?:ves|fe))\b")
    });
    // "Security forces said they killed four 'terrorist outlaws' after a shootout that killed 10": the
    // attackers the forces killed are not the attack's dead.
    static ATTACKERS: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\b(?:attackers?|assailants?|gunm[ae]n|terrorists?|outlaws?|infiltrators?|(?:suicide\s+)?bombers?)\b")
    });
    static FORCES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:forces|troops|police|army|guards|soldiers|security)\b(?:\s+(?:[\w'’-]+\s+){0,4}?(?:they|it))?\s+(?:had\s+|have\s+|has\s+)?$",
        )
    });
    let attackers_killed = |m: &regex::Match| FORCES_BEFORE.is_match(&s[..m.start()]) && ATTACKERS.is_match(m.as_str());
    // `of_dead`: the rules count the dead (a figure right after "the martyrdom of" is theirs).
    let first = |rules: &[(&LazyLock<Regex>, &'static str)], of_dead: bool| {
        rules.iter().find_map(|(r, name)| {
            let mut from = 0;
            while let Some(c) = r.captures_at(s, from) {
                let m = c.get(0).unwrap();
                let inner = CASUALTY_WORD.find_iter(m.as_str()).count();
                let ends_in_one = CASUALTY_WORD.find_iter(m.as_str()).last().is_some_and(|w| w.end() + 2 >= m.len());
                let phrase = m.as_str().trim_start();
                let another_figure = NUMBER_LED.is_match(phrase) && ANOTHER_FIGURE.is_match(phrase)
                    || ARTICLE_BEFORE_A_FIGURE.is_match(phrase);
                let of_the_dead = !of_dead && DIED_FIRST.is_match(&s[..m.start()]);
                let motive = MOTIVE.is_match(&s[..m.start()]);
                let attackers = of_dead && attackers_killed(&m);
                if (inner <= 1 || !ends_in_one)
                    && !another_figure
                    && !speaker(phrase)
                    && !of_the_dead
                    && !motive
                    && !attackers
                {
                    return Some((c, *name));
                }
                from = m.start() + s[m.start()..].chars().next().map_or(1, char::len_utf8);
            }
            None
        })
    };
    // "the other two were killed by US fire", "three gunmen were killed by security forces": the
    // attackers fell, not the attack's victims.
    static ATTACKERS_FELL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:attackers?|assailants?|gunmen|gunman|infiltrators?|bombers?|insurgents?)\b[^.;]{0,80}?\bkilled by (?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:fire|forces|troops|guards|soldiers|security|police)\b",
        )
    });
    let attackers_fell = deaths && ATTACKERS_FELL.is_match(s);
    if deaths
        && killed.is_none()
        && !attackers_fell
        && let Some((c, rule)) = first(
            &[
                (&LEFT_DEAD, "casualties/left-dead"),
                (&KILLED_ACTIVE, "casualties/killed-active"),
                (&KILLED_PASSIVE, "casualties/killed-passive"),
                (&DEATH_OF, "casualties/death-of"),
            ],
            true,
        )
        && let Some(n) = figure(&c)
    {
        let rest = &s[c.get(0).unwrap().end()..];
        static OTHERS: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)^\s*{NUMBER}\s+other\b")));
        let rule = if OTHERS.is_match(c.get(0).unwrap().as_str()) { OTHERS_KILLED } else { rule };
        killed = Some(Figure { n: n + and_more(rest) + again(rest, true) + along_with(rest), rule });
    }
    if deaths && killed.is_none() && !attackers_fell && KILLED_THE_ONE.is_match(s) {
        killed = Some(Figure { n: 1, rule: "casualties/killed-the-one" });
    }
    if deaths
        && killed.is_none()
        && let Some(n) = names_listed(s)
    {
        killed = Some(Figure { n, rule: "casualties/names-listed" });
    }
    if hurt
        && injured.is_none()
        && let Some((c, rule)) = first(
            &[(&INJURED_ACTIVE, "casualties/injured-active"), (&INJURED_PASSIVE, "casualties/injured-passive")],
            false,
        )
        && let Some(n) = figure(&c)
    {
        let rest = &s[c.get(0).unwrap().end()..];
        injured = Some(Figure { n: n + and_more(rest) + again(rest, false), rule });
    }
    // "one was killed and another was wounded, along with five servicemen", "killing a guard and
    // injuring another": one more of the same.
    static ANOTHER_HURT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\banother\s+(?:one\s+)?(?:was|is|had been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b|\b(?:injur(?:ed|ing)|wound(?:ed|ing))\s+another\b",
        )
    });
    // "Another SDF fighter was killed in X": one more, of an attack told apart.
    static ONE_MORE_KILLED: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{ANOTHER_KILLED}\b")));
    if deaths && killed.is_none() && ONE_MORE_KILLED.is_match(s) {
        killed = Some(Figure { n: 1, rule: "casualties/another-killed" });
    }
    if hurt
        && injured.is_none()
        && let Some(m) = ANOTHER_HURT.find(s)
    {
        injured = Some(Figure { n: 1 + along_with(&s[m.end()..]), rule: "casualties/another-hurt" });
    }
    // "The leaders were among at least 38 people, including children, who were injured": the
    // figure of those the named were among.
    static AMONG_THOSE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\bamong\s+(?:the\s+)?({NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:people|persons|civilians|soldiers|fighters|members|troops|others|victims|personnel|individuals)\b(?:,[^,;]{{1,60}},)?\s+(?:who|that)\s+(?:were|was|had been|have been)\s+(?:\w+ly\s+)?(killed|dead|wounded|injured|hurt)\b"
        ))
    });
    if let Some(c) = AMONG_THOSE.captures(s)
        && let Some(n) = numbers::lower_bound(&c[1])
    {
        let figure = Some(Figure { n, rule: "casualties/among-those" });
        match &c[2].to_lowercase()[..] {
            "killed" | "dead" if killed.is_none() => killed = figure,
            "wounded" | "injured" | "hurt" if injured.is_none() => injured = figure,
            _ => {}
        }
    }
    if deaths && killed.is_none() && DEATH_OF_NAMED.is_match(s) {
        killed = Some(Figure { n: 1, rule: "casualties/death-of-one-named" });
    }
    if ((deaths && killed.is_none()) || (hurt && injured.is_none()))
        && let Some(c) = ONE_NAMED.captures(s)
    {
        let one = Some(Figure { n: 1, rule: "casualties/one-named" });
        match &c[1] {
            "killed" if killed.is_none() => killed = one,
            "wounded" | "injured" | "hurt" if injured.is_none() => injured = one,
            _ => {}
        }
    }
    Casualties { killed, injured }
}

/// "its commanders Ali Hasan, Omar Said and Zana Ahmed lost their lives": the dead named one by one,
/// after the word for who they were.
fn names_listed(s: &str) -> Option<u32> {
    static NAMES_DIED: LazyLock<Regex> = LazyLock::new(|| {
        let name = r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}";
        re(&format!(
            r"\b(?:commanders|fighters|soldiers|members|officers|journalists|civilians|leaders|guards|brothers|sons)\s+((?:{name}(?:,\s+|,?\s+and\s+)){{1,9}}{name})\s+(?:were\s+(?:all\s+)?killed|(?:have\s+|had\s+)?lost their lives|died)\b"
        ))
    });
    static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| re(r",\s+(?:and\s+)?|\s+and\s+"));
    let names = NAMES_DIED.captures(s)?.get(1)?.as_str();
    u32::try_from(SEPARATOR.split(names).count()).ok()
}

/// A name of capitalised words, with the particles of Arabic and English names between them
/// ("Saraya Awliya al-Dam", "Asaib Ahl al-Haq", "Islamic Resistance in Iraq").
static NAME: &str = r"((?:(?:al|el|ul|bin|ibn)[-\s]+)?[A-Z][\w'’]*(?:-[\w'’]+)*(?:\s+(?:(?:al|el|ul|bin|ibn|of|the|in|for|and)[-\s]+)*(?:al-|el-)?[A-Z][\w'’]*(?:-[\w'’]+)*){0,6})";
/// A name opening the text.
static NAME_AFTER: LazyLock<Regex> = LazyLock::new(|| re(&format!("^{NAME}")));
static CLAIM_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r#"\b(?:group|militia|faction|organi[sz]ation|outfit)(?:\s+of\s+(?:[\w'’-]+\s+){{1,4}}?(?:militias|factions|groups))?\s+(?:(?:that|which|who)\s+(?:called|calls)\s+(?:itself|themselves)|called|calling (?:itself|themselves)|named|known as)\s+(?:["“]([^"”]{{3,60}})["”]|(?:the\s+)?["“']?{NAME})"#
    ))
});
/// The verb of a claim: "claimed responsibility", "claimed the attack", "took credit", "said it was
/// behind", "confirmed that it launched", "claimed to have fired", "declared responsibility".
static CLAIM_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:has |have |had )?(?:claimed|claims|claiming|claim)\s+(?:(?:on\s+\w+|later|online|in\s+(?:an?|two|several)\s+(?:[\w-]+\s+)?statements?)\s+)?(?:responsibility|credit|(?:the|a|an|two|three|several|its|their|what|[A-Z]\w+(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|operations?|barrages?|shelling)|attacks?|strikes?|operations?|to have (?:fired|launched|struck|hit|targeted|attacked|carried out))|(?:took|takes|taken|taking|accepted|announced|bears?|bore|declared|assumed|asserted|asserts|asserting)\s+(?:full\s+)?(?:responsibility|credit)|(?:said|says|announced|stated|confirmed|acknowledged|declared|claimed|boasted|bragged|saying|announcing|stating|declaring|boasting)\s+(?:(?:earlier|later|also|again|publicly|openly)\s+)?(?:(?:on|in|via)\s+[^,.;]{1,30}?\s+)?(?:that\s+)?(?:it|they|(?:its|the group's|resistance) (?:fighters|forces|members))\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:carried out|was behind|were behind|conducted|launched|targeted|struck|attacked|fired|hit))\b|\((?:claimed|claim)\)",
    )
});
/// A claim whose subject is a group named before ("The militants claimed responsibility", "the
/// group said it carried out the attack").
static CLAIM_BY_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[^,]*,\s*)?(?:(?:and|but|as|while|with)\s+)?(?:the|this|that)\s+(?P<inner>(?:[\w'’-]+\s+){0,3})?(?P<who>group|militants?|militia|faction|organi[sz]ation|outfit|fighters|Iranians|country)\s*$",
    )
});
/// "Its fighters also fired rockets at ...": the claimant's own account goes on, the group named before.
static ITS_FIGHTERS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[^,]{0,40},\s*)?(?:its|their|the group's|the militia's)\s+(?:fighters|members|militants|forces|units)\s+(?:had\s+|have\s+)?(?:also\s+)?(?:fired|launched|targeted|struck|attacked|hit|shelled)\b",
    )
});
/// "according to a statement attributed to X", "in a statement issued by X": a group's own telling.
static STATEMENT_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:statements?|communiqu[eé]s?|press releases?|announcements?|videos?|posts?|tweets?)\s+(?:(?:was\s+|were\s+)?(?:issued|released|published|posted|signed|put out|sent)\s+)?(?:ascribed to|attributed to|by|from)\s+(?:the\s+)?["“']?"#,
    )
});

/// Whether `before` ends on the words that name a statement's author ("In a statement issued by the
/// US Embassy in Baghdad, ..."): the place named next speaks; it was not struck.
pub fn statement_by(before: &str) -> bool {
    STATEMENT_OF.find_iter(before).last().is_some_and(|m| m.end() == before.len())
}

/// "citing the group's Telegram channel", "in a statement on its website": the group's own telling.
static OWN_CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:its|their|the (?:group|movement|militia|factions?|organi[sz]ation)(?:'s|’s))\s+(?:own\s+|official\s+)?(?:Telegram|channel|website|statement|media (?:outlet|wing)|account)\b",
    )
});
/// A clause ending in its subject pronoun ("..., when they").
static PRONOUN_END: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:they|it)\s+(?:had\s+|have\s+|also\s+)?$"));
/// "responsibility was claimed by X", "in a claim by X".
static CLAIMED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:claimed|claim(?:ed)? of responsibility)\s+(?:(?:on\s+\w+|later)\s+)?by\s+(?:the\s+)?")
});
static NO_CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:no (?:one|group|faction)|nobody|none)\b[^.]{0,20}\b(?:claim|(?:taken|took|accepted|assumed|announced) (?:responsibility|credit))|\b(?:not|n't|never) (?:yet )?(?:been )?(?:immediately )?claim|\bunclaimed\b|\bno (?:immediate )?claim\b",
    )
});
/// "Most of the attacks have been claimed by ...": claims in general, of no one attack.
static CLAIMS_IN_GENERAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:most|many|some|all|several|dozens|scores|much) of (?:the|these|those|such) (?:attacks|strikes|operations)\b",
    )
});
/// A sentence opening with a subordinate clause ("After U.S. strikes on X, Y claimed ...") has its subject after the comma.
static LEADING_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?:hours|days|minutes|shortly|soon)\s+)?(?:after|following|before|despite|while|as|when|although|since|in response to|in retaliation for|a day after)\b[^,]*,",
    )
});
/// Where the claim's subject starts: after a reporting verb or a clause break.
static SUBJECT_START: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)[;:—–|]|\b(?:said|says|reported|added|according to [^,]*,)\s+(?:that\s+)?"));

/// "according to the IRGC", "as reported by X", "a statement by X": the teller named after.
static TELLER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:according to|as (?:reported|announced|stated|claimed) by|(?:reported|announced|released) by|statement (?:by|from|of)|citing)\s+(?:the\s+)?$",
    )
});
/// "X said", "X (IRGC) confirmed that", "X, an umbrella of militias, announced", "X statement":
/// the teller named before.
static TELLER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,60},\s*)?(?:(?:also|later|again|(?:late |early )?(?:on )?\w+day|today|yesterday|in a statement)\s+)?(?:said|says|confirmed|confirms|announced|announces|stated|reported|revealed|tweeted|declared|acknowledged|released|statements?)\b",
    )
});
/// An attack told as done: its doer's verb, "the operation was aimed at", "revealing the attack",
/// "a new round of missile attacks on", "its drone strike on", "announced an attack on".
static ATTACK_TOLD_DONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:attacked|struck|hit|targeted|fired|launched|bombed|shelled|carried out|conducted|pounded|destroyed|(?:was|were) aimed (?:at|against)|reveal(?:ed|ing)\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|operation)s?|(?:round|wave|series)\s+of\s+(?:[\w-]+\s+){0,4}?(?:attacks|strikes|operations)\s+(?:on|against)|(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|operation)s?\s+(?:on|against)|(?:announced|announces|confirmed|confirms)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|operation)s?\s+(?:on|against))\b",
    )
});
/// "the earthquake that struck": a verb right after a relative pronoun.
static RELATIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:that|which)\s+$"));
/// "a channel close to Hezbollah reported": the teller is the channel, not the group.
static AFFILIATED_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:close to|affiliated (?:to|with)|linked to|tied to|allied (?:to|with)|aligned (?:to|with)|backed by|loyal to)\s+(?:the\s+)?$",
    )
});
/// "carried out by ...": a passive naming its doer.
static DONE_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:carried out|conducted|launched|fired|attacked|struck|hit|targeted|bombed)\s+by\s+(?:the\s+)?")
});
/// "a drone struck its headquarters": the teller is the target.
static STRUCK_ITS_OWN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:attacked|struck|hit|targeted|killed|bombed|shelled|destroyed)\s+(?:[\w-]+\s+){0,3}?(?:its|their)\s+")
});

/// A known armed group as the source of a sentence that tells an attack done, with no other doer:
/// "the attacks destroyed a headquarters in Erbil, according to the IRGC", "As reported by the
/// Revolutionary Guard, the operation was aimed at ...", "The IRGC confirmed that has fired missiles".
/// The group telling its attack owns it. A group only commenting ("X said the attack was a
/// response") or struck ("X said a drone hit its headquarters") claims nothing; nor does a state's
/// army, which the labels never read as a claimant.
fn group_telling_its_attack(s: &str) -> Option<groups::Mention> {
    // "halting its operations after the earthquake that struck Turkey": a relative's verb tells
    // what its noun did, no attack.
    let done = ATTACK_TOLD_DONE.find_iter(s).any(|v| !RELATIVE_BEFORE.is_match(&s[..v.start()]));
    if !done || STRUCK_ITS_OWN.is_match(s) {
        return None;
    }
    let g = groups::mentions(s).into_iter().find(|g| {
        TELLER_BEFORE.is_match(&s[..g.start])
            || (TELLER_AFTER.is_match(&s[g.end..]) && !AFFILIATED_TO.is_match(&s[..g.start]))
    })?;
    // "an air attack carried out by Israeli jets": the doer is named, and it is not the teller.
    if let Some(by) = DONE_BY.find(s)
        && !groups::mentions(&s[by.end()..]).first().is_some_and(|d| d.start == 0 && d.text == g.text)
    {
        return None;
    }
    // Another doer named ("a US strike", "Israeli jets") leaves the group a witness; the group's own
    // state before its name ("Iran's Revolutionary Guard") is the same doer.
    let own = groups::canonical(&g.text);
    let own_state =
        s[..g.start].split_whitespace().last().and_then(|w| state_of(w.trim_end_matches("'s").trim_end_matches("’s")));
    match attacker(s) {
        Some(a) if Some(a.as_str()) != own && Some(a.as_str()) != own_state => None,
        _ => Some(g),
    }
}

/// "Iraqi", "Iran-backed", "Shiite": a word that describes a group without naming it.
fn demonym(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.contains('-') && w.rsplit('-').next().is_some_and(|t| t.starts_with(char::is_lowercase))
        || ["i", "ian", "ish", "ite", "ese", "an"].iter().any(|e| w.ends_with(e))
        || ["Sunni", "Islamist", "Kurdish", "Arab", "Shia", "Shi'ite"].contains(&w)
}

fn clean_name(n: &str) -> Option<String> {
    let n = n.trim().trim_end_matches(['-', ' ']);
    let words: Vec<&str> = n.split_whitespace().collect();
    // Leading articles/lowercase words are not part of the name.
    let start = words.iter().position(|w| w.chars().next().is_some_and(char::is_uppercase) && *w != "The")?;
    let name = words[start..].join(" ");
    let bad =
        ["The", "A", "No", "It", "They", "He", "She", "Iraqi", "US", "U.S.", "Officials", "Iraq", "Syria", "Iran"];
    // "Militia says it hit US base": a headline's capital on a common noun names no group.
    const COMMON: [&str; 12] = [
        "militia",
        "militias",
        "group",
        "faction",
        "factions",
        "militants",
        "insurgents",
        "gunmen",
        "rebels",
        "fighters",
        "jihadists",
        "army",
    ];
    let common = COMMON.contains(&name.to_lowercase().as_str());
    (!bad.contains(&name.as_str()) && !common && name.len() > 2).then_some(name)
}

fn strip_the(name: &str) -> String {
    let n = name.trim();
    n.strip_prefix("the ").or_else(|| n.strip_prefix("The ")).unwrap_or(n).to_string()
}

/// A claim of responsibility: by a group the sentence names, or by one named earlier in the article.
#[derive(Clone, Debug, PartialEq)]
pub enum Claim {
    Named(String),
    Earlier,
    /// "An Iraqi group claimed ...": a group without a name, which the next sentence may give.
    NamedNext,
    /// "A Guard statement said": the group named before whose name holds that word.
    HeadOf(String),
}

/// The group that claimed the attack, as the sentence writes it, or `Claim::Earlier` when the
/// sentence's claimant is "the group" or "the militants" named before.
pub fn claim(s: &str) -> Option<(Claim, &'static str)> {
    // "the X Brigade — which is part of an umbrella of militias called the Popular Mobilization
    // Forces — said it was behind": an aside about the claimant names another body.
    static ASIDE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\s*[—–]\s*(?:which|who|part of)\b[^—–]*[—–]|,\s*(?:which|who)\b[^,]*,"));
    let cut = ASIDE.replace_all(s, "");
    claim_without_asides(&cut)
}

fn claim_without_asides(s: &str) -> Option<(Claim, &'static str)> {
    // Cheap test first: every claim form has one of these words.
    let lower = s.to_ascii_lowercase();
    if !["claim", "responsib", "credit", " it ", " they ", "its ", "their ", "statement", "communiq", "video", "post"]
        .iter()
        .chain(&["says", "said", "confirm", "announc", "telegram", "channel", "according", "reported", "released"])
        .any(|w| lower.contains(w))
    {
        return None;
    }
    // "most of the attacks, including the one that wounded three troops": that one is claimed.
    static INCLUDING_THIS_ONE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\bincluding\s+(?:the (?:one|latest|attack|strike)|this|that|\w+day(?:'s|’s))\b"));
    if NO_CLAIM.is_match(s) || (CLAIMS_IN_GENERAL.is_match(s) && !INCLUDING_THIS_ONE.is_match(s)) {
        return None;
    }
    // "Turkey said the strikes were against bases of the PKK", "Israel's military said its jets hit
    // ...": a state owning the strikes told.
    static STATE_OWNS_THE_STRIKES: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)^\W*(?:the\s+)?({STATES})(?:'s|’s)?(?:\s+(?:[\w-]+\s+){{0,2}}?(?:ministry|military|army|forces|government|command))?\s+(?:said|says|announced|stated|confirmed|acknowledged)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:strikes?|airstrikes?|air strikes?|raids?|jets|warplanes|aircraft|drones)\s+(?:were|was|had|have|targeted|hit|struck|destroyed)\b"
        ))
    });
    if let Some(state) = STATE_OWNS_THE_STRIKES.captures(s).and_then(|c| state_of(&c[1])) {
        return Some((Claim::Named(state.to_string()), "claim/state-owns-the-strikes"));
    }
    // "The Turkish Armed Forces on Thursday conducted airstrikes on X, a statement said": a state's
    // forces announcing their own strikes, named as written.
    static FORCES_ANNOUNCE_THEIR_STRIKES: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b((?:{STATES})\s+(?:Armed Forces|army|military|air force|defen[cs]e ministry))\s+(?:on\s+\w+(?:\s+\w+)?\s+)?(?:conducted|carried out|launched)\s+(?:[\w-]+\s+){{0,2}}?(?:air\s?strikes|strikes|raids)\b[^.;]{{0,200}}?\b(?:a|the|its)\s+statement\s+(?:said|says|read)\b"
        ))
    });
    if let Some(c) = FORCES_ANNOUNCE_THEIR_STRIKES.captures(s) {
        return Some((Claim::Named(c[1].to_string()), "claim/forces-announce-their-strikes"));
    }
    // "The IRGC said missiles and suicide drones were used in the attacks": the group tells what it
    // struck with.
    static SAID_WHAT_WAS_USED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:said|says|announced|stated)\b[^.;]{0,80}?\b(?:were|was)\s+used\s+in\s+the\s+(?:attacks?|strikes?|operations?)\b",
        )
    });
    if let Some(m) = SAID_WHAT_WAS_USED.find(s)
        && let Some(g) = groups::mentions(&s[..m.start()]).pop()
    {
        return Some((Claim::Named(strip_the(&g.text)), "claim/group-tells-its-weapons"));
    }
    // "... was claimed by Kataib Hezbollah": the group follows. "Territories claimed by the Kurdistan Region"
    // are land claimed, not an attack.
    static LAND_CLAIMED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:areas?|territor(?:y|ies)|lands?|regions?|villages|towns|provinces?)\s+(?:(?:that|which)\s+(?:are|is|were|was)\s+)?(?:also\s+|both\s+|long\s+)?$",
        )
    });
    if let Some(m) = CLAIMED_BY.find(s).filter(|m| !LAND_CLAIMED.is_match(&s[..m.start()])) {
        let rest = &s[m.end()..];
        if let Some(g) = groups::mentions(rest).into_iter().find(|g| g.start <= 4) {
            return Some((Claim::Named(strip_the(&g.text)), "claim/claimed-by-group"));
        }
        if let Some(c) = NAME_AFTER.captures(rest) {
            return clean_name(&c[1]).map(|n| (Claim::Named(n), "claim/claimed-by-name"));
        }
    }
    // "a group calling itself “The brigades to avenge X”": a quoted name is the name, whatever its case;
    // only in a claim ("a drone targeted the group known as X" names the target).
    let claim_told = CLAIM_VERB.is_match(s) || ["claim", "responsib", "credit"].iter().any(|w| lower.contains(w));
    if claim_told && let Some(c) = CLAIM_NAMED.captures(s) {
        let named = match c.get(1) {
            Some(quoted) => Some(quoted.as_str().trim().to_string()),
            None => {
                groups::mentions(&c[0]).into_iter().next().map(|g| strip_the(&g.text)).or_else(|| clean_name(&c[2]))
            }
        };
        if let Some(n) = named {
            return Some((Claim::Named(n), "claim/named"));
        }
    }
    if ITS_FIGHTERS.is_match(s) {
        return Some((Claim::Earlier, "claim/its-fighters"));
    }
    if let Some(g) = group_telling_its_attack(s) {
        return Some((Claim::Named(strip_the(&g.text)), "claim/group-is-the-source"));
    }
    // "Fighters of X carried out a drone strike on ..., citing the group's Telegram channel": the
    // group struck, in its own words.
    if OWN_CHANNEL.is_match(s)
        && let Some(v) = STRIKE_VERB.find(s)
        && let Some(g) = groups::mentions(&s[..v.start()]).pop()
    {
        return Some((Claim::Named(strip_the(&g.text)), "claim/group-struck-in-its-own-words"));
    }
    // A statement is a claim only when a known armed group (or "the group") is its author: "a
    // statement by the U.S. military" is no claim.
    if let Some(m) = STATEMENT_OF.find(s) {
        let rest = &s[m.end()..];
        if let Some(g) = groups::mentions(rest).into_iter().find(|g| g.start <= 4) {
            return Some((Claim::Named(strip_the(&g.text)), "claim/statement-of-group"));
        }
        if CLAIM_BY_REFERENCE.is_match(&format!("the {}", rest.split_whitespace().next().unwrap_or(""))) {
            return Some((Claim::Earlier, "claim/statement-of-the-group"));
        }
        // An unknown name only as the statement's stated author ("ascribed to Saraya X").
        if (m.as_str().contains("ascribed to") || m.as_str().contains("attributed to"))
            && let Some(c) = NAME_AFTER.captures(rest)
        {
            return clean_name(&c[1]).map(|n| (Claim::Named(n), "claim/statement-ascribed-to"));
        }
    }
    // "A Hezbollah statement said its fighters hit the base", "A Guard statement said many terrorists
    // were killed": the group's own statement, named before the word; the head word of a name told
    // before ("the Guard" of the Revolutionary Guard) refers back to it. A statement telling the
    // group's own losses ("two of its fighters were killed") is no claim.
    static GROUP_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:an?|the)\s+((?:[\w'’-]+\s+){1,4}?)(?:statement|communiqu[eé])\s+(?:[^.;]{0,50}?\s)?(?:said|says|read|reads|stated|added|claimed)\b",
        )
    });
    static HEAD_OF_A_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Guards?|Corps|Brigades?|Battalions|Resistance|Mobili[sz]ation|Hashd)\s*$").unwrap()
    });
    static OWN_LOSSES: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:its|their)\s+(?:own\s+)?(?:fighters|members|men|personnel|troops|soldiers|commanders?|positions|headquarters)\b",
        )
    });
    if let Some(c) = GROUP_STATEMENT.captures(s)
        && !OWN_LOSSES.is_match(&s[c.get(0).unwrap().end()..])
    {
        if let Some(g) = groups::mentions(&c[1]).pop() {
            return Some((Claim::Named(strip_the(&g.text)), "claim/the-groups-statement"));
        }
        if HEAD_OF_A_NAME.is_match(&c[1]) {
            return Some((Claim::HeadOf(c[1].trim().to_string()), "claim/the-groups-statement"));
        }
    }
    let verb = CLAIM_VERB.find(s)?;
    // The subject: the first group named between the clause's start and the verb.
    let mut start = LEADING_CLAUSE.find(&s[..verb.start()]).map_or(0, |m| m.end());
    if let Some(m) = SUBJECT_START.find_iter(&s[start..verb.start()]).last() {
        start += m.end();
    }
    // "with Tehran readily taking responsibility": an adverb between subject and verb.
    static ADVERB_END: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\s+(?:[a-z]+ly|also|later|since|then|quickly|(?:on|late on|early on)\s+\w+day|yesterday|today|overnight)\s*$",
        )
    });
    let mut end = verb.start();
    // ", claiming to have hit ...": a participle's subject is the clause's own, before its verb of
    // striking, never the place named last ("they fired missiles at Erbil, in Kurdistan, claiming").
    let participle = s[..verb.start()].trim_end().ends_with(',')
        && verb.as_str().split_whitespace().next().is_some_and(|w| w.ends_with("ing"));
    if participle && let Some(v) = STRIKE_VERB.find(&s[start..end]) {
        end = start + v.start();
        if PRONOUN_END.is_match(&s[start..end]) {
            return Some((Claim::Earlier, "claim/they-claiming"));
        }
    }
    if let Some(m) = ADVERB_END.find(&s[start..end]) {
        end = start + m.start();
    }
    let subject = &s[start..end];
    if let Some(c) = CLAIM_BY_REFERENCE.captures(subject.trim_end()) {
        // "Iran fired missiles, and the country claimed responsibility": the state that struck.
        if c["who"].eq_ignore_ascii_case("country") {
            let named_last = subject
                .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
                .filter(|w| w.starts_with(char::is_uppercase))
                .find_map(state_of)
                .map(str::to_string);
            let state = attacker(s).filter(|a| state_of(a).is_some()).or(named_last);
            return state.map(|a| (Claim::Named(a), "claim/the-country-claimed"));
        }
        // "The Tashkil al-Waritheen militia claimed": a name before the group word is the group's.
        let inner = c.name("inner").map_or("", |m| m.as_str()).trim();
        return Some(match inner.split_whitespace().any(|w| w.starts_with(char::is_uppercase) && !demonym(w)) {
            true => (Claim::Named(inner.to_string()), "claim/named-group-word-claimed"),
            false => (Claim::Earlier, "claim/the-group-claimed"),
        });
    }
    // "The Iraqi resistance group “X” claimed": a name set beside the family it belongs to is the claimant.
    static APPOSED: LazyLock<Regex> =
        LazyLock::new(|| re(r#"(?i)^\s*(?:group|faction|movement|militia|organi[sz]ation)?[\s,"“”'‘’]*$"#));
    let found = groups::mentions(subject);
    let named = match found.as_slice() {
        [first, second, ..] if APPOSED.is_match(&subject[first.end..second.start]) => Some(second),
        _ => found.first(),
    };
    if let Some(g) = named {
        return Some((Claim::Named(strip_the(&g.text)), "claim/subject-group-claimed"));
    }
    static A_GROUP: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)(?:^|[,;]\s*)(?:an?|one)\s+(?:[\w'’-]+\s+){0,3}(?:group|militia|faction|organi[sz]ation|outfit)\s*$")
    });
    if A_GROUP.is_match(subject.trim_end()) {
        return Some((Claim::NamedNext, "claim/a-group-named-next"));
    }
    // An unknown group: the capitalised name nearest before the verb.
    static NAME_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| re(&format!(r"{NAME}\s*(?:\([^)]*\)\s*)?(?:,[^,]{{0,60}},\s*)?$")));
    NAME_BEFORE
        .captures(subject.trim_end())
        .and_then(|c| clean_name(&c[1]))
        .map(|n| (Claim::Named(n), "claim/subject-name-claimed"))
}

/// Where a sentence gives an armed group's name ("a faction calling itself Ahrar X", "a group known
/// as the Y Brigades"): words of a name, whatever places they carry, not where anything happened.
pub fn group_name_spans(s: &str) -> Vec<std::ops::Range<usize>> {
    // Cheap test first: targets are read many times a sentence.
    if !["called", "calling", "calls", "named", "known as"].iter().any(|w| s.contains(w)) {
        return Vec::new();
    }
    CLAIM_NAMED.captures_iter(s).filter_map(|c| c.get(1).or(c.get(2)).map(|m| m.range())).collect()
}

/// "The group, called X, said ...": the name of a group told before without one ("An Iraqi group
/// claimed responsibility").
pub fn group_named(s: &str) -> Option<String> {
    static THE_GROUP_CALLED: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r#"^(?:The|This)\s+(?:[\w-]+\s+)?(?:group|militia|faction|organi[sz]ation|outfit),?\s+(?:called|named|known as|calling itself)\s+(?:["“]([^"”]{{3,60}})["”]|(?:the\s+)?{NAME})"#
        ))
    });
    let c = THE_GROUP_CALLED.captures(s)?;
    match c.get(1) {
        Some(quoted) => Some(quoted.as_str().trim().to_string()),
        None => groups::mentions(&c[0]).into_iter().next().map(|g| strip_the(&g.text)).or_else(|| clean_name(&c[2])),
    }
}

/// Whether a sentence says nobody has claimed the attack.
pub fn unclaimed(s: &str) -> bool {
    NO_CLAIM.is_match(s)
}

/// A state's forces or aircraft named as the ones that struck ("U.S. airstrikes", "Israeli jets",
/// "Turkish drones", "Iranian missiles"), or the state itself as the subject ("Iran fired").
static STATE_ARM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(U\.S\.|US|American|coalition|Israeli|Israel|Turkish|Turkey|Iranian|Iran|Russian|Russia|Jordanian|Jordan)(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:air ?strikes?|strikes?|attacks?|warplanes?|jets?|aircraft|drones?|forces|military|army|troops|missiles?|raids?|bombers?|helicopters?|artillery|Revolutionary Guards?|Central Command|CENTCOM|coalition)\b|\b(Iran|Israel|Turkey|the United States|the U\.S\.|the US|Washington|Tehran|Ankara|Jordan|CENTCOM|the Pentagon)\s+(?:(?:late |early )?on \w+day\s+|has\s+|had\s+|also\s+)?$",
    )
});
/// The verbs of striking, where the attacker is the subject before them.
static STRIKE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:attacked|struck|hit|targeted|fired|launched|killed|bombed|shelled|carried out|conducted|pounded|conducts|carries out|launches)\b",
    )
});
static BY_ATTACKER: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:by|from)\s+(?:an?\s+|the\s+)?$"));

/// The state a `STATE_ARM` match names.
fn state_in(c: &regex::Captures) -> Option<&'static str> {
    state_of(c.get(1).or(c.get(2))?.as_str())
}

/// Whether a claimant's name is a state's ("Iran", "Tehran"), not an armed group's.
pub fn is_state(name: &str) -> bool {
    state_of(name).is_some()
}

/// The state a word names ("U.S.", "American", "Tehran" → "United States", "United States", "Iran").
fn state_of(word: &str) -> Option<&'static str> {
    let w = word.trim().to_lowercase();
    let w = w.strip_prefix("the ").unwrap_or(&w).trim_end_matches('.');
    Some(match w {
        "u.s" | "us" | "american" | "coalition" | "united states" | "washington" | "centcom" | "pentagon" => {
            "United States"
        }
        "israeli" | "israel" => "Israel",
        "turkish" | "turkey" | "ankara" => "Turkey",
        "iranian" | "iran" | "tehran" => "Iran",
        "russian" | "russia" => "Russia",
        "jordanian" | "jordan" => "Jordan",
        _ => return None,
    })
}

/// The state whose strikes a sentence tells, as their doer or not ("leading to US airstrikes against
/// militia targets"): whom "the strikes" of the next sentence belong to.
pub fn strikes_of(s: &str) -> Option<String> {
    static STATE_STRIKES: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(U\.S\.|US|American|coalition|Israeli|Turkish|Iranian|Russian|Jordanian)\s+(?:[\w-]+\s+){0,2}?(?:air ?strikes|strikes|raids)\b",
        )
    });
    STATE_STRIKES.captures(s).and_then(|c| state_of(&c[1])).map(str::to_string)
}

/// The state whose arms open a sentence, as a headline tells its doer without a verb of the past:
/// "Israeli missiles strike Damascus airport", "US jets pound militia sites".
pub fn opening_state_arm(s: &str) -> Option<&'static str> {
    static STRIKES_NEXT: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\s+(?:strikes?|hits?|targets?|pounds?|bombs?|attacks?|struck|targeted|pounded|bombed)\b")
    });
    let c = STATE_ARM.captures(s)?;
    let arm = c.get(0)?;
    (arm.start() <= 4 && c.get(1).is_some() && STRIKES_NEXT.is_match(&s[arm.end()..])).then(|| state_in(&c)).flatten()
}

/// The state a claimant's name stands for ("Tehran" → "Iran"), if it is one.
pub fn attacker_named(name: &str) -> Option<String> {
    state_of(name).map(str::to_string)
}

/// Who struck, when the sentence says: a state ("United States", "Israel", "Turkey", "Iran") or an
/// armed group as `groups.tsv` names it. Read from the subject of the first verb of striking, or
/// from "by ..." after it ("was hit by Turkish drones"); the targets ("drones attacked U.S. forces")
/// are never the attacker.
pub fn attacker(s: &str) -> Option<String> {
    let verb = STRIKE_VERB.find(s)?;
    static PASSIVE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:was|were|been|being|is|are|came under|come under)\s+(?:\w+ly\s+)?$"));
    // "U.S. forces were attacked": the subject of a passive is the target.
    // "Two troops killed in a rocket attack", "a site hit by rockets": a participle, its noun the target.
    static PARTICIPLE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:\s+(?:in|by|during|when|after|while|on|at|near)\b|\s*[,;.:]|\s*$)"));
    // "killed at least 11": a figure, not a place.
    let figure_follows = s[verb.end()..].trim_start().to_ascii_lowercase().starts_with("at least");
    let passive = PASSIVE.is_match(&s[..verb.start()]) || (PARTICIPLE.is_match(&s[verb.end()..]) && !figure_follows);
    let mut subject = if passive { "" } else { &s[..verb.start()] };
    // "An outlet close to Hezbollah reported that drones attacked ...": the subject follows the
    // report; "Coalition forces shot down two drones while the third struck": the clause's own.
    static CLAUSE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)[,;:—–]|\b(?:while|whereas|although|but|when|after|as)\b"));
    // "the American attacks, which have killed 11": a relative's subject is the noun before it.
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\s*(?:which|who)\b"));
    for cut in [&*SUBJECT_START, &*CLAUSE] {
        if let Some(m) = cut.find_iter(subject).last() {
            let rest = &subject[m.end()..];
            subject = if RELATIVE.is_match(rest) { &subject[..m.start()] } else { rest };
        }
    }
    // "Air defence crews managed to foil a drone attack": who beat the attack off is no attacker.
    static DEFENDED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:thwart\w*|foil\w*|repel\w*|repuls\w*|fend(?:s|ed)? off|ward(?:s|ed)? off|intercept\w*|shot down|shoot down|downed)\b",
        )
    });
    if DEFENDED.is_match(subject) {
        subject = "";
    }
    // The last actor named before the verb is its subject.
    let group = groups::mentions(subject)
        .pop()
        .map(|g| (g.end, groups::canonical(&g.text).map_or(g.text.clone(), str::to_string)));
    let state =
        STATE_ARM.captures_iter(subject).last().and_then(|c| Some((c.get(0)?.end(), state_in(&c)?.to_string())));
    // Of a group and a state before the verb, the one named last is its subject.
    if let Some((_, actor)) = match (group, state) {
        (Some(g), Some(st)) => Some(if g.0 >= st.0 { g } else { st }),
        (g, st) => g.or(st),
    } {
        return Some(actor);
    }
    // "was hit by Turkish drones", "a strike by Israeli jets".
    let after = &s[verb.end()..];
    // "were killed in Israel's airstrike", "died in a Turkish drone strike": the strike names its state.
    static IN_THE_STRIKE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:in|during)\s+(?:an?\s+|the\s+)?$"));
    static STRIKE_NOUN: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)(?:strikes?|attacks?|raids?|bombardment|bombing|shelling|drones?|missiles?)$"));
    for c in STATE_ARM.captures_iter(after) {
        let m = c.get(0).unwrap();
        let in_its_strike = IN_THE_STRIKE.is_match(&after[..m.start()]) && STRIKE_NOUN.is_match(m.as_str());
        // "sites used by Iran's Revolutionary Guard": whose the target is, not who struck it.
        static HELD_BY: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"(?i)\b(?:used|operated|run|controlled|held|backed|funded|financed|supported|armed|trained|owned|manned|occupied|led|commanded|sponsored|housed|frequented)\s+by\s+(?:an?\s+|the\s+)?$",
            )
        });
        let by = BY_ATTACKER.is_match(&after[..m.start()]) && !HELD_BY.is_match(&after[..m.start()]);
        if by || in_its_strike {
            return state_in(&c).map(str::to_string);
        }
    }
    None
}

/// A launch site as stated.
#[derive(Clone, Debug, PartialEq)]
pub struct Launch {
    pub site: String,
    pub distance_km: Option<f64>,
    pub bearing_deg: Option<f64>,
    /// The place the distance/bearing is measured from, as written.
    pub reference: Option<String>,
}

impl Launch {
    /// Whether the distance is measured from the target itself ("8 km east of the base").
    pub fn measured_from_target(&self) -> bool {
        self.reference.as_deref().is_some_and(|r| r.starts_with(char::is_lowercase))
    }
}

static LAUNCH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:launched|fired|lobbed|shot|came)\s+from|originated\s+(?:in|from))\s+[\x22“]?([^,;.()]+(?:\([^)]*\)[^,;.()]*)?(?:,\s+(?:near|close to|by|just|about|some|around|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+[^,;.()]+)?)",
    )
});
static SITE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\s+(?:struck|strike|hit|hits|hitting|landed|landing|targeted|targeting|slammed|crashed|exploded|fell|impacted|toward|towards|against|into|at (?:the|a|an)\s+(?:[\w-]+\s+)?(?:base|airport|camp|compound|embassy|consulate))\b",
    )
});
/// The compass words of positions told from a place ("10 km north-east of Kirkuk").
pub(super) const COMPASS: &str =
    "north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west";

static DISTANCE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(\d+(?:\.\d+)?)\s*-?\s*(km|kilomet(?:er|re)s?|miles?)\b(?:\s*\([^)]*\))?\s*(?:({COMPASS})\s+)?(?:of|from)\s+(?:downtown\s+|central\s+|the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}|(?:base|air ?base|airport|camp|city|town|compound|field)\b)"
    ))
});

fn bearing(word: &str) -> Option<f64> {
    Some(match word.to_lowercase().replace('-', "").as_str() {
        "north" => 0.0,
        "northeast" => 45.0,
        "east" => 90.0,
        "southeast" => 135.0,
        "south" => 180.0,
        "southwest" => 225.0,
        "west" => 270.0,
        "northwest" => 315.0,
        _ => return None,
    })
}

/// Where the launch site is written in `s`.
fn launch_span(s: &str) -> Option<std::ops::Range<usize>> {
    let site = LAUNCH.captures(s)?.get(1)?;
    // "missiles launched from Iran struck two bases": the site ends where the sentence goes on
    // (at once, when the site is blank: "launched from    struck").
    let from = s[..site.start()].trim_end().len();
    let end = SITE_END.find(&s[from..site.end()]).map_or(site.end(), |m| from + m.start());
    (end > site.start()).then_some(site.start()..end)
}

/// "launched from a market located 7 km from downtown Erbil" → site, 7 km, reference "Erbil".
pub fn launch(s: &str) -> Option<Launch> {
    let span = launch_span(s)?;
    let site = s[span].replace(['"', '“', '”'], "");
    let site = site.trim().trim_end_matches(" he said").trim();
    // "from the orchards and fell in a field": the site ends before the verb's conjunction.
    let site = site.strip_suffix(" and").or_else(|| site.strip_suffix(" or")).unwrap_or(site).trim().to_string();
    // "fired from a distance of over 40 km": how far, not from where.
    static NO_SITE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:the region|(?:a|the)\s+(?:distance|range)\s+of|(?:the\s+)?(?:[\w-]+\s+)?(?:members?|militias?|fighters|militants|insurgents|rebels|forces|troops|group)\b)",
        )
    });
    if site.is_empty() || NO_SITE.is_match(&site) {
        return None;
    }
    let mut l = Launch { site, distance_km: None, bearing_deg: None, reference: None };
    if let Some(d) = DISTANCE.captures(&l.site) {
        let v: f64 = d[1].parse().ok()?;
        l.distance_km = Some(if d[2].to_lowercase().starts_with("mile") { v * 1.609_344 } else { v });
        l.bearing_deg = d.get(3).and_then(|b| bearing(b.as_str()));
        l.reference = Some(d[4].to_string());
    }
    Some(l)
}

static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\brange\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:is|was|of|reaches)\s+(?:about\s+|up to\s+|around\s+|some\s+)?(\d+(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\b",
    )
});

/// A stated weapon range in km ("the range of the rockets is 8 km").
pub fn stated_range(s: &str) -> Option<f64> {
    let c = RANGE.captures(s)?;
    let v: f64 = c[1].parse().ok()?;
    Some(if c[2].to_lowercase().starts_with("mile") { v * 1.609_344 } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(count("At least three rockets fell near the airport"), Some((Some(3), None)));
        assert_eq!(count("The unit used Fateh-313 and Qiam ballistic missiles."), None);
        assert_eq!(count("Reporter Name - At least two rockets fell near the airport"), Some((Some(2), None)));
        assert_eq!(count("as many as 30 rockets hit the base"), Some((None, Some(30))));
        assert_eq!(count("more than a dozen rockets hit Qayyarah"), Some((Some(13), None)));
        assert_eq!(count("the 14 rockets were fired"), Some((Some(14), Some(14))));
        // A part of the projectiles is a lower bound of their count.
        assert_eq!(count("two of the Iran-linked drones landed"), Some((Some(2), None)));
        assert_eq!(count("12 wounded after rockets hit"), None);
        assert_eq!(count("a pair of drones went after the base"), Some((Some(2), Some(2))));
        assert_eq!(count("Two thousand rockets"), Some((Some(2000), Some(2000))));
        assert_eq!(count("A volley of projectiles"), None);
        assert_eq!(count("approx. 18 x 107mm rockets;"), Some((Some(18), Some(18))));
        // "A drone" is no count; "a single drone" and "one drone" are.
        assert_eq!(count("after a drone struck a base"), None);
        assert_eq!(count("a rocket attack on the base"), None);
        assert_eq!(count("A drone loaded with explosives hit a warehouse"), None);
        assert_eq!(count("the outpost was struck by a single drone carrying explosives"), Some((Some(1), Some(1))));
        // The ones brought down are at least that many.
        assert_eq!(count("one drone was shot down"), Some((Some(1), None)));
        assert_eq!(count("2 drones targeting the coalition shot down"), Some((Some(2), None)));
        assert_eq!(count("Nearly 20 rocket attacks have targeted the field"), None);
        assert_eq!(count("troops were targeted in three rocket and drone attacks in a day"), None);
        assert_eq!(
            count("troops were targeted in three rocket and drone attacks, including 12 rockets hitting a base"),
            Some((Some(12), Some(12)))
        );
        assert_eq!(count("a rocket attack hit the base"), None);
        assert_eq!(count("a barrage of rockets"), None);
        assert_eq!(count("four more Katyusha rockets were found in a truck"), None);
        assert_eq!(count("| 30+ rockets |"), Some((Some(30), None)));
        assert_eq!(count("a pair of drones went after the base"), Some((Some(2), Some(2))));
        assert_eq!(count("half a dozen rockets landed"), Some((Some(6), Some(6))));
        assert_eq!(count("more than two dozen Katyusha rockets fell"), Some((Some(25), None)));
        // A year before a weapon word is a date.
        assert_eq!(count("In 2019 rockets fell near the embassy"), None);
        // Projectiles seized or left unfired are no count of the attack.
        assert_eq!(count("Police seized four rockets intended to target the base"), None);
        assert_eq!(count("they found a launcher and 11 unused missiles"), None);
        assert_eq!(count("Since 2021, 1800 rockets have been fired"), Some((Some(1800), Some(1800))));
        // Aircraft carry what struck; they are no projectiles.
        assert_eq!(count("two F-15E Strike Eagles bombed a facility"), None);
        assert_eq!(count("four warplanes struck the depot"), None);
        assert_eq!(count("two jets fired six missiles at the depot"), Some((Some(6), Some(6))));
        // A plural projectile word before one attack counts the projectiles; "drone attacks" counts attacks.
        assert_eq!(count("the two explosive-laden drones attack on the field"), Some((Some(2), Some(2))));
        assert_eq!(count("the two drone attacks on the field"), None);
        assert_eq!(count("At 7 am another drone hit the field"), None);
        assert_eq!(count("at 9 p.m. two rockets fell"), Some((Some(2), Some(2))));
    }

    #[test]
    fn attackers() {
        let table = [
            ("The government condemned the American attacks, which have killed at least 11.", Some("United States")),
            ("Turkish drones struck a car near Sinjar.", Some("Turkey")),
            ("U.S. CENTCOM conducts strikes against militia targets in Iraq", Some("United States")),
            (
                "The US on Friday struck several posts across Iraq, claiming they were militia sites.",
                Some("United States"),
            ),
            ("Two troops were killed in a rocket attack on the base.", None),
            ("The strikes hit a base held by Iranian forces near the border.", None),
            ("The base was hit by Turkish drones on Monday.", Some("Turkey")),
            // Who beat the attack off did not make it.
            ("Russian air defences managed to foil a drone attack launched against the base.", None),
            ("American troops shot down a drone that targeted the base.", None),
        ];
        for (s, expected) in table {
            assert_eq!(attacker(s).as_deref(), expected, "{s}");
        }
    }

    #[test]
    fn nobody_hurt_in_the_forms_outlets_use() {
        let table = [
            ("The drone caused neither casualties nor damage.", (Some(0), Some(0))),
            ("The strike did not inflict any casualties.", (Some(0), Some(0))),
            ("The attacks did not result in any injuries.", (Some(0), Some(0))),
            ("The barrage, which did not cause any reported casualties, hit a depot.", (Some(0), Some(0))),
            ("Two drones exploded but didn't cause any damage or injuries.", (Some(0), Some(0))),
            ("There was one minor partner force casualty.", (None, Some(1))),
            ("The barrage killed the US civilian contractor and injured four soldiers.", (Some(1), Some(4))),
            ("The barrage killed the contractors' dog.", (None, None)),
            ("Jane Roe - At least eight people were killed in a strike on the depot.", (Some(8), None)),
            (
                "The strike hit the depot with three missiles, resulting in the martyrdom of one worker.",
                (Some(1), None),
            ),
            ("Israel killed the Iranian military commander in a strike on the consulate.", (None, None)),
            (
                "A member of the Popular Mobilization Forces (PMF) was killed, and eight others were injured.",
                (Some(1), Some(8)),
            ),
            ("A U.S. contractor was killed and five U.S. troops and one contractor were wounded.", (Some(1), Some(6))),
            ("A contractor was killed and another was wounded, along with five US servicemen.", (Some(1), Some(6))),
            ("The attack left 10 Peshmerga fighters and three civilians dead.", (Some(13), None)),
            ("Two soldiers killed and three wounded in the attack.", (Some(2), Some(3))),
            ("It exploded without resulting in any causalities or material damages.", (Some(0), Some(0))),
            ("There were no reports of casualties.", (Some(0), Some(0))),
            ("A drone hit the camp and only caused material damage.", (Some(0), Some(0))),
            ("The strike hit the compound, resulting in zero casualties.", (Some(0), Some(0))),
            ("There were no reported casualties or damage to the hangars.", (Some(0), Some(0))),
            ("Rockets landed near the base without causing any human or material losses.", (Some(0), Some(0))),
            ("There are no reports of injured people, although a depot burned.", (Some(0), Some(0))),
            ("The attack caused no material losses.", (None, None)),
            ("There were no immediate reports of injuries.", (None, None)),
            // Not "nobody": an unknown figure stays unknown.
            ("There were no immediate reports of casualties.", (None, None)),
            ("The ministry did not disclose casualties.", (None, None)),
            ("The blast caused minor injuries.", (None, None)),
            // The source reporting none, in a contraction or not.
            ("Local sources didn't report any casualties from either blast.", (Some(0), Some(0))),
            ("Officials did not report any casualties.", (Some(0), Some(0))),
            ("An official said there was no damage or injury at the camp.", (Some(0), Some(0))),
            ("The salvo didn’t cause any casualties.", (Some(0), Some(0))),
            // Of several attacks told: "neither", "none of the".
            ("Neither blast caused any casualties, police said.", (Some(0), Some(0))),
            ("None of the three strikes resulted in casualties.", (Some(0), Some(0))),
            ("The agency said no lives were lost, though a tank burned.", (Some(0), None)),
            // Statements of the security media: "human damage" for casualties.
            ("The bomb caused no human damage and the convoy drove on.", (Some(0), Some(0))),
            ("No losses nor human damage were caused, the cell said.", (Some(0), Some(0))),
            // A total of the killed and the wounded is neither figure; attackers killed by the
            // defenders are no victims of the attack.
            ("The army said that eight soldiers were killed and wounded in the attack.", (None, None)),
            ("Six people were killed or injured when the shell hit.", (None, None)),
            ("One attacker blew himself up and the other two were killed by US fire.", (None, None)),
            ("Three gunmen were killed by security forces and two guards were wounded.", (None, Some(2))),
            ("The attack killed four soldiers and wounded four others.", (Some(4), Some(4))),
            // The one after "and" is of the other figure, told by its own verb.
            ("Four guards have been killed and a driver suffered light injuries from the shell.", (Some(4), Some(1))),
            ("Two workers were killed and a policeman was wounded.", (Some(2), Some(1))),
        ];
        for (s, expected) in table {
            assert_eq!(casualties(s).figures(), expected, "{s}");
        }
        // Figures told bare, in quotation marks, or as a death from wounds; the second figure of
        // another kind with its verb left out or after an aside is not more dead.
        let table = [
            ("two guards serving with the oil company's protection force were killed in the strike", (Some(2), None)),
            ("four members of the border regiment of the army's 5th division were wounded", (None, Some(4))),
            ("six workers from the gas plant's night shift in Chamchamal have lost their lives", (Some(6), None)),
            ("its fighters Karim Ali, Sami Dosky, and Ewar Kheder lost their lives in the bombing", (Some(3), None)),
            ("the group said its commanders Rashid Omar and Bawar Çelik were killed in the raid", (Some(2), None)),
            ("the drone damaged a car, but there was no reported casualty", (Some(0), Some(0))),
            ("air defences downed some of the missiles and only material losses were suffered", (Some(0), Some(0))),
            ("police counted at least one fatality and a dozen injuries after the blast", (Some(1), Some(12))),
            ("the hospital said there was one confirmed fatality after the blast at the depot", (Some(1), None)),
            ("two soldiers and a police officer perished in the rocket attack", (Some(3), None)),
            ("at least one person has been killed after the rockets hit the office", (Some(1), None)),
            ("three guards perished when the shell hit the gate", (Some(3), None)),
            ("the strikes left one soldier dead, with injuries to seven others", (Some(1), Some(7))),
            ("a monitor put the toll at 14 civilian fatalities", (Some(14), None)),
            ("one guard was killed and six others wounded after the shelling of the depot", (Some(1), Some(6))),
            ("a soldier was killed and four others, including a medic, were wounded in the raid", (Some(1), Some(4))),
            ("a bombing in the market claimed the lives of three people and injured another 20", (Some(3), Some(20))),
            ("gunmen killed another two guards at the checkpoint", (Some(2), None)),
            (
                "a drone strike last week targeted the group in Baghdad, killing two, including a commander",
                (Some(2), None),
            ),
            ("rockets struck the base on Monday wounding \"six fighters\", the military said", (None, Some(6))),
            ("the drone hit a house and injured a man, who later succumbed to his injuries", (Some(1), Some(1))),
            (
                "rockets hit the base, killing a contractor, injuring four U.S. service members, and injuring two Iraqis",
                (Some(1), Some(6)),
            ),
        ];
        for (s, expected) in table {
            assert_eq!(casualties(s).figures(), expected, "{s}");
        }
    }

    #[test]
    fn a_clause_is_no_group_of_the_hurt() {
        let s = "Seven mortar bombs fell inside the base on Sunday and four soldiers were wounded in the attack.";
        assert_eq!(casualties(s).figures(), (None, Some(4)));
        assert_eq!(casualties("Two soldiers and three contractors were wounded.").figures(), (None, Some(5)));
    }

    #[test]
    fn a_toll_of_others_and_of_one_named() {
        let c = casualties("An official said two other guards were killed, and commander Omar Saleh was wounded.");
        assert_eq!((c.figures(), c.killed.map(|f| f.rule)), ((Some(2), Some(1)), Some(OTHERS_KILLED)));
        assert_eq!(casualties("Omar Saleh was killed in the raid.").figures(), (Some(1), None));
        // An organisation is no person: the commander's figure is read by the other rules or not at all.
        let within = casualties("A commander within the Quds Force has been killed.");
        assert_ne!(within.killed.map(|f| f.rule), Some("casualties/one-named"));
    }

    #[test]
    fn casualty_figures() {
        assert_eq!(
            casualties("A rocket attack killed a contractor and injured at least six other people").figures(),
            (Some(1), Some(6))
        );
        assert_eq!(casualties("killed two U.S. service members and one from Britain").figures(), (Some(3), None));
        assert_eq!(
            casualties("killing a foreign civilian contractor and injuring at least nine others").figures(),
            (Some(1), Some(9))
        );
        assert_eq!(
            casualties("left one US contractor dead and several military personnel injured").figures(),
            (Some(1), None)
        );
        assert_eq!(
            casualties("Officials reported three civilians killed and eight injured.").figures(),
            (Some(3), Some(8))
        );
        assert_eq!(
            casualties("Two American soldiers and a British medic were killed and about a dozen people wounded.")
                .figures(),
            (Some(3), Some(12))
        );

        assert_eq!(casualties("It hit the hangar without causing damage or casualties.").figures(), (Some(0), Some(0)));
        assert_eq!(casualties("No casualties were reported.").figures(), (Some(0), Some(0)));
        assert_eq!(casualties("There were no U.S. casualties.").figures(), (Some(0), Some(0)));
        assert_eq!(
            casualties("A British army medic was among three coalition personnel killed on Wednesday").figures(),
            (Some(3), None)
        );
        // Nobody hurt is nobody killed; a sentence that tells deaths keeps them.
        assert_eq!(casualties("There were no injuries.").figures(), (Some(0), Some(0)));
        assert_eq!(casualties("Two soldiers were killed; there were no other injuries.").figures(), (Some(2), Some(0)));
        assert_eq!(
            casualties("One US civilian contractor was killed and several were wounded").figures(),
            (Some(1), None)
        );
        assert_eq!(casualties("several people were wounded").figures(), (None, None));
        assert_eq!(casualties("1 UK personnel killed, 12 wounded.").figures(), (Some(1), Some(12)));
        assert_eq!(casualties("2 US and 1 UK personnel killed, 12 wounded.").figures(), (Some(3), Some(12)));
        assert_eq!(casualties("3 coalition and 2 Iraqi personnel wounded.").figures(), (None, Some(5)));
        assert_eq!(casualties("The ministry said no one was hurt.").figures(), (Some(0), Some(0)));
        assert_eq!(casualties("wounding three coalition members and two Iraqi soldiers").figures(), (None, Some(5)));
        assert_eq!(casualties("a barrage killed two Americans and a British soldier").figures(), (Some(3), None));
        assert_eq!(
            casualties("a barrage on the same base killed two Americans and a Briton.").figures(),
            (Some(3), None)
        );
        assert_eq!(casualties("One person was lightly injured.").figures(), (None, Some(1)));
        assert_eq!(casualties("Three troops were killed and more than 40 others hurt").figures(), (Some(3), Some(41)));
        assert_eq!(casualties("No service members were injured.").figures(), (Some(0), Some(0)));
        assert_eq!(casualties("One contractor died shortly after.").figures(), (Some(1), None));
        assert_eq!(casualties("Officials condemned the attack.").figures(), (None, None));
        // Groups with verbs of their own, and groups summed under one verb.
        assert_eq!(
            casualties(
                "A U.S. contractor was killed and five American service members and a second contractor were wounded when a drone struck"
            ).figures(),
            (Some(1), Some(6))
        );
        assert_eq!(
            casualties("three coalition soldiers and two Iraqi air defence personnel were wounded in the shelling")
                .figures(),
            (None, Some(5))
        );
        assert_eq!(
            casualties("Six fighters of the Syrian Democratic Forces were killed late on Sunday").figures(),
            (Some(6), None)
        );
        assert_eq!(casualties("| 5 Iraqi CTS personnel wounded").figures(), (None, Some(5)));
        assert_eq!(casualties("4 Iraqi Air Force personnel wounded, incl. 2 officers.").figures(), (None, Some(4)));
        assert_eq!(casualties("34 U.S. personnel diagnosed with traumatic brain injury").figures(), (None, Some(34)));
        assert_eq!(
            casualties("at least 25 of its fighters were killed and 51 wounded in American air strikes").figures(),
            (Some(25), Some(51))
        );
        assert_eq!(
            casualties("said 16 people, including civilians, were killed and 25 wounded").figures(),
            (Some(16), Some(25))
        );
        // Only the counted group is a figure: at least two.
        assert_eq!(casualties("two soldiers and several civilians were wounded").figures(), (None, Some(2)));
    }

    #[test]
    fn claims() {
        let named = |s: &str| match claim(s) {
            Some((Claim::Named(n), _)) => Some(n),
            _ => None,
        };
        assert_eq!(
            named("a group called Saraya Awliya al-Dam claimed responsibility").as_deref(),
            Some("Saraya Awliya al-Dam")
        );
        assert_eq!(
            named("A shadowy group calling themselves Awliya al-Dam – or the Guardians of the Blood – claimed responsibility").as_deref(),
            Some("Awliya al-Dam")
        );
        assert_eq!(
            named("Kataib Hezbollah claimed responsibility for the strike.").as_deref(),
            Some("Kataib Hezbollah")
        );
        // A known armed group saying it struck tells its own attack.
        assert_eq!(
            named("Iran's Revolutionary Guards said that they targeted espionage centres in Erbil").as_deref(),
            Some("Iran's Revolutionary Guards")
        );
        assert_eq!(named("The IRGC said it had struck espionage centres in Erbil").as_deref(), Some("IRGC"));
        assert_eq!(named("No one claimed responsibility for the rocket attacks"), None);
        // A known group telling its own attack; a state as "the country"; a group's own channel.
        assert_eq!(
            named("Iran's Revolutionary Guard Corps says the attack targeted terrorist groups.").as_deref(),
            Some("Iran's Revolutionary Guard Corps")
        );
        assert_eq!(
            named("The website of the Revolutionary Guard on Monday confirmed a new round of missile attacks on the groups.")
                .as_deref(),
            Some("Revolutionary Guard")
        );
        assert_eq!(
            named("Iran fired missiles at the base on Wednesday, and the country claimed responsibility.").as_deref(),
            Some("Iran")
        );
        assert_eq!(
            named("Fighters of the Islamic Resistance in Iraq carried out a drone strike on the base, citing the group's Telegram channel.")
                .as_deref(),
            Some("Islamic Resistance in Iraq")
        );
        assert_eq!(named("Kataib Hezbollah said the attack was a response to the war."), None);
        // A known group as the source of an attack told as done owns it; as a witness or a target it
        // owns nothing.
        let source = |s: &str| claim(s).map(|c| (c.0, c.1));
        for (s, group) in [
            ("The missiles destroyed two command posts near Koya, according to the IRGC.", Some("IRGC")),
            (
                "As reported by the Revolutionary Guard, the operation was aimed at the party's camps.",
                Some("Revolutionary Guard"),
            ),
            (
                "Iran's Revolutionary Guards (IRGC) confirmed that has fired six missiles at the offices.",
                Some("Iran's Revolutionary Guards"),
            ),
            (
                "A later Kataib Hezbollah statement said the fighters had targeted the base with drones.",
                Some("Kataib Hezbollah"),
            ),
            ("The PKK said it was pausing its operations after the flood that struck the region.", None),
            (
                "The Revolutionary Guard announced the deaths of two advisers in an air attack carried out by Israeli pilots.",
                None,
            ),
            ("Kataib Hezbollah said a drone struck its headquarters near the border.", None),
            ("According to Kataib Hezbollah, a US strike hit the convoy.", None),
            ("A channel close to Hezbollah reported that three drones attacked the base.", None),
        ] {
            match group {
                Some(g) => {
                    assert_eq!(source(s), Some((Claim::Named(g.to_string()), "claim/group-is-the-source")), "{s}")
                }
                None => assert_eq!(source(s), None, "{s}"),
            }
        }
        assert_eq!(named("The Pentagon confirmed an attack on the base."), None);
        // A quoted name is the name, whatever its case; a group "of ... militias known as X".
        assert_eq!(
            named("A militant group calling itself “The brigades to avenge al-Muhandis” took responsibility for the attack").as_deref(),
            Some("The brigades to avenge al-Muhandis")
        );
        assert_eq!(
            named("An umbrella group of Shia militias known as the Islamic Resistance in Iraq has taken credit for most of the attacks, including the one on Monday").as_deref(),
            Some("Islamic Resistance in Iraq")
        );
        assert_eq!(named("Militias have claimed most of the attacks on bases since October."), None);
        assert_eq!(
            named("The Islamic Resistance in Iraq, an umbrella of armed factions, issued a statement on Friday, announcing that resistance fighters attacked the base with drones").as_deref(),
            Some("Islamic Resistance in Iraq")
        );
        assert_eq!(named("The attack has not been claimed."), None);
        assert!(unclaimed("The attack has not been claimed."));
        assert_eq!(
            named("The Islamic Revolutionary Guard Corps said it carried out the attack.").as_deref(),
            Some("Islamic Revolutionary Guard Corps")
        );
        assert_eq!(named("several new armed groups have claimed responsibility for attacks"), None);
        // The subject is the claimant, not the group named in an appositive or an opening clause.
        assert_eq!(
            named("Kataib Hezbollah and affiliated groups under the Islamic Resistance in Iraq umbrella claimed responsibility for the strike").as_deref(),
            Some("Kataib Hezbollah")
        );
        assert_eq!(
            named("The Islamic Resistance in Iraq, an umbrella of Iran-aligned militias, claimed attacks on several bases.").as_deref(),
            Some("Islamic Resistance in Iraq")
        );
        assert_eq!(
            named("After U.S. strikes on Kataib Hezbollah, the Islamic Resistance in Iraq claimed a drone attack on the base.").as_deref(),
            Some("Islamic Resistance in Iraq")
        );
        assert_eq!(named("Responsibility was claimed by Kata'ib Hizballah.").as_deref(), Some("Kata'ib Hizballah"));
        assert_eq!(named("A little-known group, Ashab al-Kahf, claimed the attack.").as_deref(), Some("Ashab al-Kahf"));
        assert_eq!(
            named("Officials said a previously unknown faction named Thar al-Muhandis claimed it.").as_deref(),
            Some("Thar al-Muhandis")
        );
        // Negations, and claims that are not a group's.
        assert_eq!(named("There was no immediate claim of responsibility."), None);
        assert_eq!(named("No group has yet claimed the attack."), None);
        assert_eq!(named("Washington blamed Kataib Hezbollah for the attack."), None);
        assert_eq!(named("The blast claimed the lives of two soldiers."), None);
        assert_eq!(
            named("The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed factions, says on Telegram that it fired a barrage at Ayn al-Asad base.").as_deref(),
            Some("Islamic Resistance in Iraq")
        );
        assert_eq!(
            named("08 JAN 2020 | Ain al-Asad | ballistic missile | IRGC (claimed) | 11 missiles").as_deref(),
            Some("IRGC")
        );
        // Claim verbs as outlets write them (sentences of our own in the shape of real reports).
        let table = [
            (
                "The Revolutionary Guards confirmed that it launched twelve missiles at the base.",
                "Revolutionary Guards",
            ),
            ("The IRGC says it has hit several targets in the region.", "IRGC"),
            ("The Revolutionary Guard said it had also launched drones at the camp.", "Revolutionary Guard"),
            ("Kataib Hezbollah claimed to have fired four rockets at the airport.", "Kataib Hezbollah"),
            (
                "The Islamic Resistance in Iraq declared responsibility for targeting the base.",
                "Islamic Resistance in Iraq",
            ),
            (
                "A faction calling itself the Islamic Resistance in Iraq claimed attacks on both bases.",
                "Islamic Resistance in Iraq",
            ),
            ("An armed group claimed on Friday responsibility for the strike, Asaib Ahl al-Haq said.", ""),
            // A participle's subject is its clause's, never the place named just before it.
            (
                "Kataib Hezbollah fired drones at Erbil, in the Kurdistan Region, claiming to have hit a spy centre.",
                "Kataib Hezbollah",
            ),
            ("Their reply came in March, when they fired missiles at Harir, in Iraq, claiming to have hit a base.", ""),
        ];
        for (s, expected) in table {
            assert_eq!(named(s).unwrap_or_default(), expected, "{s}");
        }
        // A claimant named before: "the group", "the militants".
        let claim_of = |s: &str| claim(s).map(|c| c.0);
        assert_eq!(
            named("The strike was claimed by an obscure armed group that called itself Liwa al-Thaer al-Abyad.")
                .as_deref(),
            Some("Liwa al-Thaer al-Abyad")
        );
        // An aside about the subject names another body.
        assert_eq!(
            named(
                "Soon after, the Saraya Thar al-Muhandis Brigade — which belongs to the Popular Mobilization \
                 Forces coalition — said it was behind the drone strike."
            )
            .as_deref(),
            Some("Saraya Thar al-Muhandis Brigade")
        );
        assert_eq!(
            named(
                "The Kataib Hezbollah militia, which is part of the Popular Mobilization Forces, claimed the attack."
            )
            .as_deref(),
            Some("Kataib Hezbollah")
        );
        assert_eq!(claim_of("The militants claimed responsibility for the assault."), Some(Claim::Earlier));
        assert_eq!(claim_of("In a statement, the group said it carried out the strike."), Some(Claim::Earlier));
        assert_eq!(claim_of("The Iranians claimed to have fired a dozen missiles."), Some(Claim::Earlier));
        assert_eq!(
            claim_of("In March they fired missiles at Erbil, in Iraq, claiming to have hit a base."),
            Some(Claim::Earlier)
        );
        assert_eq!(claim_of("No group claimed responsibility."), None);
    }

    #[test]
    fn launch_sites_and_ranges() {
        let l = launch(
            "They were launched from a fruit and vegetable market located 7 km (3 miles) from downtown Erbil, he said.",
        )
        .unwrap();
        assert_eq!(l.site, "a fruit and vegetable market located 7 km (3 miles) from downtown Erbil");
        assert_eq!(l.distance_km, Some(7.0));
        assert_eq!(l.reference.as_deref(), Some("Erbil"));
        let l = launch("The rockets were fired from an orchard 10 km north of Kirkuk.").unwrap();
        assert_eq!((l.distance_km, l.bearing_deg), (Some(10.0), Some(0.0)));
        assert_eq!(launch("Rockets hit the base."), None);
        let l = launch("the rockets were launched from south of the city, near the boundary with Nineveh province.")
            .unwrap();
        assert_eq!(l.site, "south of the city, near the boundary with Nineveh province");
        let l =
            launch("The rockets were fired from a truck in the Rashidiya area, about 8 km east of the base.").unwrap();
        assert_eq!((l.distance_km, l.bearing_deg, l.measured_from_target()), (Some(8.0), Some(90.0), true));
        // The site ends where the sentence goes on to the target.
        let l = launch("Six missiles launched from western Iran struck two bases in Kirkuk and Mosul.").unwrap();
        assert_eq!(l.site, "western Iran");
        let l = launch("Drones fired from Syria toward the Tower 22 outpost were downed.").unwrap();
        assert_eq!(l.site, "Syria");
        // "originated in", quoted; a site left blank ends at once, it is not what follows.
        let l = launch("He said the rockets had \"originated in the town of Bartella\" east of Mosul.").unwrap();
        assert_eq!(l.site, "the town of Bartella east of Mosul");
        assert_eq!(launch("Missiles launched from    struck two bases."), None);
        // How far is not where from; the site ends before the verb joined to it.
        assert_eq!(launch("The drones had been launched from a distance of over 40 km, the army said."), None);
        // Who fired is not where from.
        assert_eq!(launch("The rocket fire came from members of the militia, the agency said."), None);
        let l = launch("Two rockets were fired from the orchards south of the town and fell in a field.").unwrap();
        assert_eq!(l.site, "the orchards south of the town");
        assert_eq!(stated_range("The range of the rockets is 8 km [3.5 miles]"), Some(8.0));
        assert_eq!(stated_range("the range of tanks and rocket launchers"), None);
    }

    #[test]
    fn weapon_words() {
        assert_eq!(weapons("a drone strike near Baghdad airport")[0].1, Weapon::Drone);
        assert_eq!(weapons("an unmanned aircraft hit")[0].1, Weapon::Drone);
        assert_eq!(weapons("a roadside bomb exploded")[0].1, Weapon::Ied);
        assert!(weapons("tanks and rocket launchers").is_empty());
        assert_eq!(weapons("an Israeli strike flattened a building")[0].1, Weapon::Airstrike);
        assert_eq!(weapons("a vehicle was targeted by UCAV")[0].1, Weapon::Drone);
        assert!(weapons("a report confirmed the absence of any drones in the sky").is_empty());
        assert!(weapons("nor did they confirm if it was conducted using a drone").is_empty());
        assert_eq!(weapons("a drone struck, though officials did not confirm who sent it")[0].1, Weapon::Drone);
        assert_eq!(weapons("two F-15E Strike Eagles bombed a facility")[0].1, Weapon::Airstrike);
        assert_eq!(weapons("U.S. strikes hit three sites")[0].1, Weapon::Airstrike);
    }
}
