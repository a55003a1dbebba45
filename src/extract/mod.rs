//! Extraction: article text in, incident reports out.
//!
//! Sentences that report an attack event are read one by one (date, place, weapon, count, casualties,
//! claim, launch site); reports of the same attack are merged into one incident, and earlier attacks
//! with a date or place of their own become `background` incidents.

mod dates;
mod facts;
mod groups;
mod homoglyphs;
mod lexicon;
mod numbers;

use std::sync::LazyLock;

use chrono::Datelike;

use regex::Regex;

use crate::gazetteer::{Gazetteer, Place, PlaceKind};
use crate::geodesy;
use crate::model::{Article, DatePrecision, Evidence, GeoPrecision, Incident, Role, Weapon};
use crate::weapons::WeaponTable;

pub use dates::published;

/// At most this much of an article is read (bytes); real articles are far shorter, and the cap keeps
/// time and memory bounded on runaway input.
pub const MAX_ARTICLE_BYTES: usize = 1 << 20;

/// Reads a plain-text article, taking the publication date from its dateline when present.
pub fn article_from_text(source: &str, text: &str) -> Article {
    let mut end = text.len().min(MAX_ARTICLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = cleaned(&text[..end]);
    Article { source: source.to_string(), published: dates::published(&text), text }
}

/// An article's text as extraction reads it, whatever page it came from: letters masked by
/// look-alikes unmasked, and an encyclopaedia's citation marks ("seven[1] missiles", "the
/// base.[4][citation needed] On ...") taken out, so that they part no number from its noun and no
/// sentence from the next.
pub fn cleaned(text: &str) -> String {
    static CITATION_MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\[(?:\d{1,3}|[a-z]\s?\d{1,3}|note \d{1,3}|citation needed|unreliable source\??|better source needed|clarification needed|failed verification|dead link|who\?|when\?|which\?)\]").unwrap()
    });
    let text = homoglyphs::unmasked(text);
    CITATION_MARK.replace_all(&text, "").into_owned()
}

/// "ERBIL, Kurdistan Region — ", "BAGHDAD (AP) — ", "WASHINGTON (March 24, 2023) — ",
/// "BAGHDAD, Nov. 9, 2019 (Xinhua) -- ", "AMMAN, 4th March, 2024 (Agency) -- ", "ARBIL, Iraq: ",
/// "Washington, January 21, 2024, The Outlet: ", "ERBIL, KRI, Iraq (North Press) – ",
/// "Erbil (Kurdistan 24) – ": a wire dateline, where the story was filed (no target), whose date is
/// the publication's, not the attack's.
/// The lines with words a wire dateline may come after: a headline, a date line, page furniture
/// (view counts, share buttons, photo captions).
const DATELINE_LINES: usize = 10;
static PLACE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // "ERBIL, Iraq (Outlet) –", "ERBIL, Kurdistan Region of Iraq -", "AMMAN —Outlet— ", "Erbil (Outlet) -",
    // "Amman – " (a town's name alone before a spaced dash), "BAGHDAD—Gunmen" (a dash unspaced),
    // "WASHINGTON-DAMASCUS, 13th December, 2025 (Agency) --" (two cities filing one story),
    // "Damascus, Aug 13 (Agency) The toll ..." (no dash after the agency).
    Regex::new(r"^(?:(?:([A-Z][A-Z'’. ]{1,30}(?:-[A-Z][A-Z'’. ]{1,30})?(?:,\s+[A-Z][\w .]{1,30}){0,2}|[A-Z][\w'’ -]{1,30}(?:,\s+[A-Z][\w .]{1,20}){1,2})(?:,\s+(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,9},?\s+\d{4}|\d{4})(?:,?\s+[A-Z][^:–—()]{1,40}?)?)?\s*(?:,?\s*\([^)]{1,40}\)\s*)?|([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s*\([^)]{1,40}\)\s*)(?:[–—]\s*[A-Z][\w .'’-]{1,30}?\s*[–—]\s*|(?:[–—-]+|:)\s+|[–—]+)|([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)\s+[–—]\s+|([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\([^)]{1,40}\)\s+)")
        .unwrap()
});
/// "Baghdad: An armed group has claimed ...": a town's name and a colon opening the story's first
/// paragraph (a headline "Erbil: drones hit airport" keeps its place: it is no full sentence).
/// Scraped pages lose the colon or the line break: "Baghdad A security source announced ...".
static COLON_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)(?:\s*\[[A-Z][\w ]{2,20}\])?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?::\s+(\S)|\s+((?:A|An|The)\s))").unwrap()
});
/// The town of a colon dateline, as written, and where the story after it starts.
fn colon_dateline<'g, 'l>(line: &'l str, g: &'g Gazetteer) -> Option<(&'g Place, &'l str, usize)> {
    let c = COLON_DATELINE.captures(line)?;
    let (written, start) = (c.get(1)?.as_str(), c.get(2).or(c.get(3))?.start());
    let story = line[start..].trim_end();
    // A paragraph may go on past its first sentence and end on an outlet's tag ("... (IANS)").
    let ends_a_sentence = story.ends_with(['.', '!', '?', '"', '”']) || SENTENCE_END.is_match(story);
    let full_sentence = story.split_whitespace().count() >= 10 && ends_a_sentence;
    let best = g.lookup(written, &Default::default()).best?;
    let town = best.place.kind.geo_precision() == crate::model::GeoPrecision::Town;
    (full_sentence && town).then_some((best.place, written, start))
}

/// "May 25, 2021 - Over a year ago, ...": the page's date opening the story, which no attack is of.
static DATE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*(?:[–—-]+|:)\s+")
        .unwrap()
});
/// A sentence's end: punctuation, a space and a capital; or, on pages that lost their spaces
/// ("... said.“The toll ...", "... Command.A source ..."), a word's punctuation right before a capital.
static SENTENCE_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"[.!?]["”’]?\s*["“‘]?[A-Z]"#).unwrap());
static EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&r"(?i)\b(attack(?:ed|s)?|struck|strikes?|striking|hit|hits|hitting|fell|fallen|falls|falling|landed|landing|lands|(?:rockets|missiles|shells|drones|mortars|projectiles)\s+land|targeted|targeting|targets?|(?:was|were|been)\s+aimed\s+at|slammed|exploded|blew up|went off|{GUNFIGHT}|rocked|rocking|fired|firing|open(?:ed|ing)? fire|launched|launching|launch(?:es)?\s+of\s+(?:[\w,-]+\s+){0,4}?(?:missiles?|rockets?|drones?|projectiles?)|carried out|conducted|impacted|pounded|rocketed|rained|crashed|crashing|slamming|came under|comes under|come under|coming under|took (?:\w+ )?fire|(?:began |started )?taking (?:\w+ )?fire|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s) (?:\w+ )?(?:incident|attack|strike|barrage|bombing|explosion|assault)|detonated|detonation of|set off\s+(?:[\w-]+\s+){0,2}?(?:bombs?|explosives?|IEDs?|devices?|charges?)|storm(?:ed|ing)|(?:broke|breaking) into|barrage|volley|(?:put|puts|putting|knocked|knocking|took|taking)\s+(?:[\w'’-]+\s+){0,3}?out of (?:service|action|operation|commission)|(?:drone|rocket|missile|mortar|artillery|air)\s+assaults?|(?:missiles?|rockets?|drones?|shells?|(?:air\s?)?strikes?|jets|warplanes|aircraft|aviation)\s+(?:(?:also|later)\s+)?(?:destroys?|destroyed|damages|damaged|reached|wounded|wounding|injured|injuring)|(?:air\s?strikes?|strikes?|raids?|attacks?|shelling|bombardment|explosions?|blasts?)\s+(?:[\w,'’-]+\s+){0,10}?(?:resulted|resulting)\s+in\s+(?:the\s+)?(?:deaths?|killing|injur\w*|wounding)\b|(?:destroyed|damaged|levell?ed|flattened)\s+(?:in|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:air ?strike|strike|raid|attack|bombing|bombardment)|shelled|bombed|bombarded|bombarding|(?:been|is|are|was|were)\s+(?:\w+ly\s+)?(?:bombing|shelling|pounding|attacking)|(?:continued|kept(?: on)?|began|started|resumed)\s+(?:bombing|bombarding|shelling|pounding|striking|attacking|targeting)|killed|killing|{SHOT_DEAD}|(?:injured|wounded|hurt)\s+(?:by|in|as a result of|due to|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:shelling|bombardment|bombing|air ?strikes?|strikes?|attacks?|explosions?|blasts?|rockets?|drones?|missiles?|mortars?|shells|incident|{GUNFIGHT}|ambush)|went after|intercepted|shot down|brought down|downed|repelled|repulsed|fended off|warded off|dropped (?:\w+ )?(?:explosives|bombs?|munitions|grenades?|payloads?)|(?:bombings?|strikes?|airstrikes?|air strikes?|attacks?|explosions?|blasts?|shelling|raids?|assaults?|ambush)\s+(?:[\w-]+\s+){0,2}?(?:took place|occurred|happened)|(?:explosions?|blasts?|detonations?)\s+(?:was|were|has been|had been)\s+(?:reported|recorded|heard))\b"
        .replace("{GUNFIGHT}", facts::GUNFIGHT)
        .replace("{SHOT_DEAD}", facts::SHOT_DEAD)).unwrap()
});
/// "another drone", "a second attack", "an earlier strike": one more than the attack told.
static ONE_MORE_TOLD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:another|second|third|earlier|previous|prior|twice|times)\b").unwrap());

/// "western Aleppo", "east Baghdad": a part of a town told by its side.
static COMPASS_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)\s+$").unwrap()
});

/// Attacks told on something: "repelled attacks on the naval base", "launched attacks against X".
static ATTACKS_ON_A_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\battacks\s+(?:on|against|targeting)\s").unwrap());

/// Whether a sentence has a verb that tells an attack.
fn tells_event(s: &str) -> bool {
    event_words(s).next().is_some()
}

/// The words of a sentence that tell an attack. "Target" is one in headlines and timelines ("Rockets
/// target US consulate"), not as a noun ("a frequent target", "legitimate targets"); "died of a heart
/// attack" tells none.
fn event_words(s: &str) -> impl Iterator<Item = regex::Match<'_>> {
    static NOUN_TARGET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:a|an|the|legitimate|frequent|potential|prime|key|main|favou?rite|easy|its|their|our|such|military|high-value|other|new|enemy|US|U\.S\.|American|civilian|of)\s+$").unwrap()
    });
    static HEART: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:heart|panic|asthma)\s+$").unwrap());
    EVENT.find_iter(s).filter(|m| {
        let word = m.as_str().to_lowercase();
        let noun_target = (word == "target" || word == "targets") && NOUN_TARGET.is_match(&s[..m.start()]);
        let illness = word.starts_with("attack") && HEART.is_match(&s[..m.start()]);
        !noun_target && !illness
    })
}

/// Cues that a sentence tells attacks in aggregate or as a habit, not one attack ("since October, bases
/// have been attacked 46 times", "previous attacks"; "prior to the attacks" only dates a clause).
static AGGREGATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(series of|spate of attacks|(?:several|many|multiple|numerous|a number of|dozens of) other\s+(?:[\w-]+\s+){{0,2}}?(?:attacks|strikes|airstrikes|raids|incidents|bombings|operations|bombs|rockets|drones|missiles|IEDs|devices|shells|explosions|blasts)|(?:a|the) (?:string|wave|pattern) of (?:[\w-]+ )?(?:attacks|strikes)|since (?:the end of )?\w+|habit|continu(?:es|ing) to|increasingly|(?:{}|dozens of|several|many) times|(?:previous|past|prior)\s+(?:(?:[a-su-z]|t[a-np-z])[\w-]*\s+){{0,3}}?(?:attacks|strikes|airstrikes|bombings|raids)|regularly|repeatedly|rarely|seldom|frequent|frequently|often|routinely|constantly|mainly|mostly|largely|typically|usually|in recent (?:days|weeks|months|years)|over the (?:years|decades)|for years|in the past|(?:during|over|throughout|in) (?:that|this|the same) period|(?:some|many|most|several) of the (?:[\w-]+\s+)?(?:strikes|attacks|raids|airstrikes|bombings)|(?:carried out|launched|conducted|staged|documented|recorded|counted|registered|tallied|there\s+(?:have|has|had)\s+been)\s+(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|almost\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten|dozens of|several|many)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|airstrikes))\b", facts::SMALL_NUMBER)).unwrap()
});
/// Whether a clause tells attacks in aggregate or as a habit. "The mainly Kurdish city" describes a
/// place: an adverb of degree after an article qualifies the adjective that follows, not the attacks.
/// "Since early this morning", "since dawn": the hours of one attack going on, not a tally.
fn aggregate(s: &str) -> bool {
    static ARTICLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:the|a|an)\s+$").unwrap());
    static SINCE_THE_HOUR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^since\s+(?:(?:early|late)\s+)?(?:(?:this|last|the)\s+)?(?:morning|dawn|daybreak|midnight|night|noon|afternoon|evening|early hours|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d)\b").unwrap()
    });
    // "The strikes mainly targeted the city": where one wave's strikes fell, told in the simple
    // past; "attacks have mainly targeted bases", "drones mostly target bases" tell a habit.
    static STRIKE_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s+(?:targeted|struck|hit|attacked|shelled|bombed|bombarded|pounded|landed|fell)\b").unwrap()
    });
    static PERFECT_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:have|has|had|been)\s+$").unwrap());
    // "carrying mostly female workers", "a largely Yazidi town": the degree of a description, not
    // of the attacks, which a verb or a preposition would follow ("mostly targeted", "mostly by drones").
    static VERB_OR_PREPOSITION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s+(?:\w+ed|\w+ing|hit|struck|been|in|at|on|with|from|against|by|to|near|around|through|during|after|over)\b").unwrap()
    });
    // "• 12 attacks on the Conoco base", "• One attack on Qasrak base": a row of a tally.
    static TALLY_ROW: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^\s*[•·▪◦*-]\s*(?:{}|a single)\s+attacks?\s+(?:on|against|targeting)\b",
            facts::SMALL_NUMBER
        ))
        .unwrap()
    });
    TALLY_ROW.is_match(s)
        || AGGREGATE.find_iter(s).any(|m| {
            let degree = ["mainly", "mostly", "largely"].iter().any(|w| m.as_str().eq_ignore_ascii_case(w));
            let of_a_place = degree
                && (ARTICLE_BEFORE.is_match(&s[..m.start()]) || !VERB_OR_PREPOSITION_AFTER.is_match(&s[m.end()..]));
            let of_a_wave =
                degree && STRIKE_VERB_AFTER.is_match(&s[m.end()..]) && !PERFECT_BEFORE.is_match(&s[..m.start()]);
            !(of_a_place || of_a_wave || SINCE_THE_HOUR.is_match(&s[m.start()..]))
        })
}

/// "attacked four times", "targeted 3 times": a tally of attacks.
static TALLY_OF_A_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:attacked|targeted|struck|hit)\s+(?:\w+\s+)?{}\s+(?:separate\s+)?times\b",
        facts::SMALL_NUMBER
    ))
    .unwrap()
});

/// Gives the attacks told after a day's tally the tally's "none hurt", and its day when they have
/// none; an attack of another day keeps its own.
fn give_the_days_tally<'g>(drafts: &mut [Draft<'g>], tally: &Report<'g>) {
    let day = tally.date.map(|t| t.day());
    for d in drafts {
        if d.date().is_some_and(|x| Some(x.day()) != day) {
            continue;
        }
        let mut figures = Report { date: if d.date().is_none() { tally.date } else { None }, ..tally.clone() };
        d.keep_new_figures(&mut figures);
        d.reports.push(figures);
    }
}

/// "The US struck militia posts in al-Qaim", "Israel strikes Iranian compound" (a headline's present
/// tense), "the Israeli army said Wednesday it struck the
/// headquarters": the United States and Israel strike from the air, and such a strike is an attack
/// though no weapon is named. So are the "strikes" or "raids" a state's forces carried out ("the US
/// coalition carried out heavy strikes near Albukamal"), and what an air force bombed (not "the
/// Qayyarah air force base").
static AIR_POWER_STRUCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:U\.S\.|US|United States|American|Israel|Israeli|IDF)\s+(?:[\w-]+\s+){0,2}?(?:struck|bombed|bombarded|targeted|pounded|hits?\s+(?:the\s+)?(?-i:[A-Z])\w*)\b|\b(?:U\.S\.|US|United States|Israel|IDF|Turkey)\s+(?:strikes|bombs|bombards|targets|pounds)\s+(?:an?\s+|the\s+)?(?-i:[A-Z])\w*|\b(?:U\.S\.|US|United States|American|Israel|Israeli|IDF|Turkey|Turkish|[Cc]oalition)\s+(?:[\w.-]+\s+){0,3}?(?:carried out|conducted|launched|carries out|conducts|launches)\s+(?:[\w-]+\s+){0,2}?(?:strikes|raids)\b|\bair force\s+(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:bombing|bombed|struck|striking|pounding|pounded|bombarding|bombarded)\b|\b(?:U\.S\.|US|American|Israeli)\s+(?:army|military|forces|air force)\s+(?:said|says|announced)\s+(?:\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:struck|bombed|targeted|hit)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+(?:coalition\s+|precision\s+)?strikes?\s+(?:also\s+)?(?:engaged|destroyed|damaged|suppressed)\b").unwrap()
});

/// A sentence opening on a period rather than a day: what follows is a tally of that period.
static PERIOD_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:since the (?:beginning|start|end) of|(?:over|in|during) the (?:past|last) (?:few |several |\w+ )?(?:days|weeks|months|years)|so far this (?:year|month)|for (?:many |several )?(?:years|decades|months)|over the (?:years|decades))\b").unwrap()
});
/// Cues that the clause telling an event is about no attack that happened: threats, plans, parades,
/// reactions, foiled attempts, strikes that did not land ("the rockets didn't land on the embassy"),
/// what only may have happened ("the base may also have been attacked"), what goes on ("insurgents
/// continued to attack its outposts").
static NOT_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(threats?|threaten\w*|condemn\w*|blam(?:e|ed|es|ing)|parade|marched|would|will|(?:is|are) expected|warn\w*|plans? to|vowed|sworn|revenge|foil(?:ed|s)?|thwart(?:ed|s)?|prevent(?:ed|s|ing)?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|bombing)|defused|not been fired|planned (?:rocket |drone )?attack|(?:intended|planned|meant|prepared|ready) to (?:target|launch|attack|strike|be fired)|(?:a|any) (?:possible|potential) (?:[\w-]+ )?(?:attack|strike|retaliation)|seized|did(?:\s+not|n['’]t)\s+(?:\w+\s+)?(?:land|hit|strike|reach)|failed to (?:hit|reach|strike)|(?:may|might|could)\s+(?:also\s+)?have\s+been\s+(?:attacked|targeted|hit|struck|shelled)|continu(?:e|es|ed|ing)\s+to\s+(?:attack|target|shell|strike|bomb|hit)|(?:were|was|are|is|been)\s+(?:also\s+|often\s+|regularly\s+|frequently\s+|routinely\s+)?(?:subject|subjected|exposed)\s+to\s+(?:[\w-]+\s+){0,4}?attacks)\b").unwrap()
});
/// "Protesters stormed the embassy compound, angry over US strikes": a crowd's siege, not an attack
/// of arms, whatever strikes its anger names.
static PROTESTERS_STORMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:protesters|demonstrators|rioters|mobs?|crowds?|mourners)\s+(?:[\w-]+\s+){0,3}?(?:storm\w*|broke into|break(?:s|ing)? into|torch\w*|set fire|besieg\w*|overr?an)\b").unwrap()
});
/// "after learning that the group was planning to launch a rocket attack at the airport": an attack
/// planned, whose target was struck by nothing. Blanked (to spaces, keeping offsets) where targets
/// are read.
fn without_plans(s: &str) -> std::borrow::Cow<'_, str> {
    static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:was|were|is|are|had been|been)\s+(?:planning|plotting|preparing|intending|about)\s+to\s+[^,.;]*",
        )
        .unwrap()
    });
    PLANNED.replace_all(s, |c: &regex::Captures| " ".repeat(c[0].len()))
}

/// "since a quake struck the province, killing thousands": nature struck, not an attacker.
static NATURE_STRUCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:earthquakes?|quakes?|tremors?|floods?|flooding|storms?|wildfires?|sandstorms?|landslides?|avalanches?)\s+(?:[\w-]+\s+){0,3}?(?:hit|hits|struck|strikes|killed|killing|kills|rocked|jolted|devastated)\b").unwrap()
});
/// "shot down a drone laden with hashish": smuggling drugs, not an
/// attack (a strike on a convoy "suspected of smuggling weapons" is one).
/// "downed a drone attempting to cross the border": an infiltration stopped, no attack on a place.
static SMUGGLING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:loaded|laden|carrying|packed)\s+(?:with\s+)?(?:\w+\s+){0,5}?(?:narcotics|drugs|crystal|captagon|hashish)|(?:attempting|trying|tried|attempted)\s+to\s+(?:cross|infiltrate|enter)\s+(?:\w+\s+){0,3}?(?:border|airspace|territory))\b").unwrap()
});
/// "Operations were carried out near the town due to the attack": the sweep that answered an attack.
static SWEEP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:operations?|campaign|sweep)\s+(?:were|was|have been|had been)\s+(?:carried out|launched|conducted)\b[^.;]{0,100}?\b(?:due to|after|following|in response to) the (?:attack|strike|bombing|shelling|incident)\b").unwrap()
});

/// "The blasts heard over Hama were air defences firing at the missiles": what was heard was the
/// defence, and no attack on the place heard.
static DEFENCE_HEARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:explosions?|blasts?|sounds?|booms?)\b[^.;]{0,80}?\b(?:due to|caused by|(?:the )?result of|(?:the )?sound of|came from|were|was)\s+(?:the\s+)?(?:[\w-]+\s+)?air[- ]defen[cs]es?\b").unwrap()
});

/// "An official denied reports of a drone strike on the field", "the field has not been subjected to
/// any attack", "media reported the attack struck X; this information is inaccurate": the attack it
/// speaks of did not happen (there).
static DENIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:denied|denies|denying|refuted|refutes|refuting|dismissed|rejected)(?:\s+\w+){0,3}?\s+(?:claims?|reports?|rumou?rs?|allegations?|news)|(?:denied|denies|denying) (?:that )?(?:any|an|the) (?:\w+ )?(?:attack|strike|incident|explosion)|(?:not|never) been (?:subjected to|attacked|targeted)|(?:this|that|the|such)\s+(?:information|reports?|claims?|news|account)\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:inaccurate|incorrect|false|untrue|wrong|baseless|unfounded))\b").unwrap()
});
/// "The blast was not caused by a missile or a drone", "accidental fire, not drone attack", "blasts
/// at a depot because of faulty storage", "killed by exploding munitions": what was taken for an
/// attack was none.
static NO_ATTACK_AFTER_ALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:was|were) not caused by (?:either )?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:attack|strike|missile|drone|rocket|shell)|(?:accident|accidental|fire|malfunction|short circuit)[^.;:]{0,30}?,?\s+not\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:attack|strike)|by exploding (?:munitions|ammunition|ordnance)|(?:caused by|due to|because of|blamed on)\s+(?:the\s+)?(?:high temperatures?|extreme (?:heat|temperatures?)|(?:summer\s+)?heat|(?:faulty|poor|ill|improper|careless|bad)\s+storage|mishandling|an? electrical (?:fault|short))\b)").unwrap()
});

/// "This was the second attack on the base this month", "It was the third attack to target US
/// forces in a week", "This is the first-ever attack on one of the bases in Hasakah, Raqqa and Deir
/// ez-Zor": the attack just told, ranked among others, not one more. An attack the ranking is
/// counted after or since ("the second raid this month, after one that hit the airport on the 6th")
/// is another attack, told.
fn ranked_again(s: &str) -> bool {
    static RANKED_AGAIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W*(?:this|it|that|(?:the|\w+day['’]s)\s+(?:[\w-]+\s+)?(?:attack|strike|assault|bombing|incident))\s+(?:was|is|marks|marked|became|has been)\s+(?:the\s+)?(?:first(?:-ever)?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|assault|bombing|incident|one|in|of|on|to|this|since)\b").unwrap()
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:after|following|since)\b").unwrap());
    RANKED_AGAIN.is_match(s) && !AFTER.find(s).is_some_and(|m| tells_event(&s[m.end()..]))
}

/// "an attack blamed on Turkey killed nine", "came under fire in January that the commander blamed on
/// militias", "militias were also blamed for the December rocket attack that killed one American":
/// the attack happened; only its author is in question.
static ATTACK_BLAMED_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:attacks?|strikes?|bombings?|shelling)\s+(?:widely\s+)?blamed\s+on\b|\b(?:that|which)\s+[^;]{0,100}?\bblamed\s+on\b|\b(?:was|were|is|are|has been|have been|had been)\s+(?:also\s+|widely\s+)?blamed\s+for\b").unwrap()
});

/// Cues of threats and reactions that here tell the attack done: "Iran made good on its threats by
/// launching missiles" (the threat carried out is the attack), "the government condemned the drone
/// attack on the gas complex", "condemned an attack by a drone on a base" (a reaction to an attack
/// told by its target).
static CUES_OF_THE_ATTACK_DONE: LazyLock<Regex> = LazyLock::new(|| {
    // "managed to foil a large drone attack launched at the base": an attack made, and beaten off.
    Regex::new(r"(?i)\b(?:thwart\w*|foil\w*)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|assaults?|raids?)\s+(?:that\s+was\s+|which\s+was\s+)?(?:launched|carried out|mounted|staged)\b|\b(?:made|makes|make|making) good on (?:[\w-]+\s+){0,2}?(?:threats?|vows?|promises?|pledges?)\b|\b(?:carried out|followed through on) (?:its|their|his|her) (?:threats?|vows?)\b|\bcondemn(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|bombing|shelling)s?\s+(?:by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?)?(?:on|against|targeting)\b").unwrap()
});

/// "A similar strike", "another rocket attack", "another car bomb", "in one of the more recent
/// incidents", "the last Israeli airstrike on the airport was on Aug. 31", "the first attack on the
/// base since May 2, when rockets hit it", "Before these explosions, gunmen attacked a base", "on the
/// road where Sunday's attack occurred": an attack other than the ones told before.
static ANOTHER_ATTACK_TOLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:an?\s+(?:similar|separate|earlier|previous|prior)|another)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|incident|assault|raid|bombing|bomb|explosion|blast|ambush)\b|\bone of the (?:more )?recent (?:incidents|attacks)\b|\bthe (?:last|previous|prior) (?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|incident|raid)\b|\b(?:the\s+)?(?:last|previous)\s+time\s+(?:[\w'’.-]+\s+){1,6}?(?:was|were|came under)\s+(?:[\w-]+\s+)?(?:attacked|targeted|hit|struck|shelled)\b|^\W*(?:previous|earlier|prior|past) (?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|raids|bombings)\b|\banother (?:[\w-]+\s+){0,2}?(?:drone|rocket|missile|UAV)s?\s+(?:at|on|toward|towards|against)\b|\b(?:first|latest|last)\s+(?:[\w-]+\s+){0,4}?since\s+[^,;.]{1,40},\s+when\b|\b(?:also|too)\b[^.;]{0,60}\b(?:earlier|previously) (?:this|that|in the) (?:month|year)\b|^\W*(?:prior to|before|ahead of) (?:the|these|those|this|that) (?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|explosions?|blasts?|bombings?)\s*,|\b(?:where|when)\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:'s|’s)|last|previous|earlier|first|other)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|incident|raid|bombing)\b|\b(?:second|third|fourth|fifth)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|drone|rocket|missile)s?\b[^.;]{0,60}?\bin\s+(?:(?:a|two|three|four|several|a few|as many)\s+)?(?:days|weeks?|months?)\b").unwrap()
});

/// "It is not the first time militants tried to hit the base: such an attack happened in January":
/// an earlier attack on the target just named, whose day, told after it, is its own.
static EARLIER_ON_THE_TARGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsuch\s+(?:an?\s+)?(?:attack|attacked|strike|incident|raid)\s+(?:also\s+)?(?:happened|occurred|took place)\b").unwrap()
});

/// Whether only a speaker quoted tells "another attack": said of the story's own site ("tonight
/// there was yet another drone attack on the airport," he said), that is the attack at hand.
fn only_quoted_another(s: &str) -> bool {
    ANOTHER_ATTACK_TOLD.find_iter(s).all(|m| quoted_at(s, m.start()))
}

/// Whether byte `at` of sentence `s` lies inside a direct quotation (one left open at the sentence's
/// end included: a quote of several sentences is split with them).
fn quoted_at(s: &str, at: usize) -> bool {
    let before = &s[..at];
    let straight = before.matches('"').count() % 2 == 1;
    let curly = before.rfind('“').is_some_and(|open| !before[open..].contains('”'));
    straight || curly
}

/// "fired rockets on another base", "a drone strike on another US base in Erbil": a target other than
/// the ones told, struck the same day unless the sentence says otherwise.
static ANOTHER_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:on|at|against|targeting|targeted|hit|struck)\s+another\s+(?:[\w.-]+\s+){0,2}?(?:base|camp|site|facility|airport|air base|airbase|outpost|position)\b").unwrap()
});

/// How far from the site just struck "another drone" must strike to be told as an attack of its
/// own: nearer, it is one of the same volley landing about the site.
const ANOTHER_STRUCK_APART_KM: f64 = 8.0;

/// "the fourth rocket landed on a school", "the other drone fell on a house": one projectile of
/// the volley told apart, where it struck.
static STRAY_PROJECTILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:a|the)\s+(?:second|third|fourth|fifth|sixth|last|other)|another)\s+(?:[\w-]+\s+)?(?:rocket|missile|drone|UAV|shell|projectile|mortar)\s+(?:\w+\s+){0,2}?(?:hit|impacted|struck|landed|fell|crashed|exploded|targeted)\b").unwrap()
});

/// Projectiles told as flying over toward a country outside the theatre, or as falling by a fault.
static PASSING_OVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:heading|headed|flying|en route|on (?:their|its) way)\s+(?:toward|towards|to|for)|bound for|launched\s+(?:toward|towards|at))\s+(?:the\s+)?(?:occupied\s+(?:Palestine|territories)|Israel)\b|\b(?:due to|because of|after)\s+(?:a\s+)?(?:technical\s+)?(?:malfunction|fault|failure)\b").unwrap()
});
/// A projectile downed or fallen, not said to strike.
static FELL_OR_DOWNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:intercepted|shot down|downed|brought down|crashed|crashing|fell|fallen|falling|went down|came down)\b").unwrap()
});

/// "Security forces fired back, killing three": the toll of the response, not of the attack.
static RESPONSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:fired back|returned fire|responded with|retaliated|counter[- ]?(?:attack|strike)\w*)\b")
        .unwrap()
});

/// "Also on Wednesday", "the base was also hit", "struck the field again": another attack told, not
/// "a drone that was also in the air" or "officials also said".
static ALSO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:also|separately)\b|\b(?:also|again|separately)\s+(?:[\w-]+\s+){0,2}?(?:struck|hit|targeted|attacked|fired|launched|shelled|bombed|came under|landed|fell|exploded|crashed|pounded|carried out)\b|\b(?:struck|hit|targeted|attacked|shelled|bombed|pounded)\s+(?:[\w-]+\s+){0,4}?again\b").unwrap()
});

/// "Two more were also killed in a strike on X": casualties of another strike, told as one.
static ALSO_IN_A_STRIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\balso\b[^.;]{0,40}?\b(?:killed|wounded|injured|hurt|died)\s+(?:in|by)\s+(?:a|an|another|a separate)\s+(?:[\w-]+\s+){0,2}?(?:strike|airstrike|raid|attack|bombing|shelling|blast|explosion)\b").unwrap()
});

/// "No one was hurt in either attack": about every attack told just before.
static EACH_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:either|both|neither|each|all (?:the|three|four|of the)) (?:of the )?(?:attacks?|strikes?|incidents?)\b").unwrap()
});

/// A casualty sentence about all the attacks just told: "in the attacks", "in both strikes".
static THE_ATTACKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the|both|all|these|those)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes)\b").unwrap()
});

/// An opening clause that refers back to the attack told: "Hours after the attack,", "Following
/// the morning strike,".
static AFTER_THE_ATTACK_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:\w+|\d+)\s+(?:hours?|minutes?|days?)\s+|shortly\s+|soon\s+)?(?:after|following)\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:attack|strike|bombing|explosion|blast|incident)s?\s*,").unwrap()
});

static SINCE_WHEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bsince\s+[^,;.]{1,40},\s+when\s+").unwrap());

/// The verbs that tell an attack on their own, without a weapon word. So do armed men killing
/// ("Gunmen killed two soldiers in Tuz"; not "militants killed in the strike"), and "another
/// fighter was killed in X" after an attack (one more of its kind). So do explosions heard at a place
/// (a site on a day, as read later).
static STRUCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:(?:gunm[ae]n|armed men|militants|insurgents|attackers|assailants)\s+(?:\w+ly\s+)?(?:killed|shot dead)\s+(?:at least\s+|an?\s+|the\s+|{}\b)|{SHOT_DEAD}|(?:explosions?|blasts?)\s+(?:was|were)\s+(?:heard|reported|recorded)\s+(?:at|near|inside|in|from)|struck|striking|targeted|targeting|attacked|attacking|storm(?:ed|ing)|(?:broke|breaking) into|shelled|shelling|bombed|bombing|bombarded|bombarding|pounded|(?:was|were|been) (?:\w+ )?hit|(?:came|comes|come|coming) under (?:\w+ )?fire|took (?:\w+ )?fire|taking (?:\w+ )?fire|dropped (?:\w+ )?(?:explosives|bombs?|munitions|grenades?|payloads?) on|opened fire|opens fire|(?:shot|shooting|fired|firing)\s+(?:at|on)\s+(?:an?|the)\b|set off\s+(?:[\w-]+\s+){{0,2}}?(?:bombs?|explosives?|IEDs?|devices?|charges?)|gunfire|snipers?|{GUNFIGHT}|ambush(?:ed)?|used\b[^.;]{{0,60}}?\bto (?:target|attack|strike|hit|shell|bomb)|{})\b",
        facts::SMALL_NUMBER,
        facts::ANOTHER_KILLED,
        SHOT_DEAD = facts::SHOT_DEAD,
        GUNFIGHT = facts::GUNFIGHT,
    ))
    .unwrap()
});

/// "The attack on X", "Wednesday's rocket attack at X", "The incident, which took place in X": the attack
/// told before, named by its place.
static THE_ATTACK_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:The|This|That|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|barrage|incident|bombardment)(?:\s+(?:on|at|against|targeting)\s|,?\s+(?:which\s+)?(?:took place|happened|occurred)\s+(?:in|at|near)\s)").unwrap()
});
static SAME_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsame (?:[\w-]+ )?(?:base|air ?base|airport|camp|site|facility|compound)\b").unwrap()
});
static ONE_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:attack|attacked|assault|aggression|barrage|volley|salvo|strike|raid|explosion|blast|incident|(?:the|\w+(?:'s|’s))\s+(?:(?:latest|last|recent|new|overnight|deadly|early|late|morning|dawn|night|evening|afternoon|weekend|twin)\s+){0,3}(?:strikes|raids|attacks)|(?:car|vehicle|motorcycle|motorbike|truck)\s+(?:exploded|detonated|blew up))\b",
    )
    .unwrap()
});
/// "..., in retaliation for the drone attack that killed three soldiers": the clause tells another
/// attack, whose weapon, place and dead are not this one's.
static ANOTHER_ATTACK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i),?\s+(?:(?:in|as) (?:a )?{ANSWER_TO}|to avenge)\s+\w")).unwrap());
/// The words of an attack told as the answer to another: "retaliation for", "a response to".
const ANSWER_TO: &str = r"(?:retaliation|revenge|response|reprisal)\s+(?:for|to)\b";

/// "The raid was called revenge for a bombing that killed four": the figures told
/// after it are of the attack answered, not of the one just told.
static ANSWERS: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)\b{ANSWER_TO}")).unwrap());

/// The sentence without the clause that tells another attack: "..., in retaliation for a strike that
/// killed two" is cut to its end; "In response to the massacres in Gaza, the group attacked the base"
/// loses only its opening clause.
fn without_another_attack(s: &str) -> std::borrow::Cow<'_, str> {
    // "The attack ... was the most significant since a series of drone attacks in July hit the
    // fields": what the attack is measured against is another attack, and no part of this one.
    static COMPARED_SINCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:most\s+[\w-]+|first|largest|biggest|deadliest|worst|heaviest|latest|only)\s+(?:[\w.-]+\s+){0,8}?since\s").unwrap()
    });
    // "..., as clashes erupted again in Sweida", "the attack comes as forces are fighting militants in
    // Mosul", "..., as troops advance on Mosul": the fighting the attack is set in, elsewhere.
    static AS_FIGHTING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),\s+(?:as|amid|amidst|while)\s+(?:[\w-]+\s+){0,2}?(?:clashes|fighting|battles|protests|tensions|violence|unrest|hostilities)\s+(?:erupted|raged|continued|flared|escalated|broke out|resumed)\b[^.;]*|\b(?:comes?|came|coming)\s+(?:as|while)\s+(?:[\w-]+\s+){1,4}?(?:is|are|was|were)\s+(?:still\s+)?(?:fighting|battling|clashing)\b[^.;]*|(?:,|\b(?:comes?|came|coming))\s+(?:as|while)\s+(?:[\w'’-]+\s+){1,4}?(?:(?:is|are|was|were)\s+)?(?:advance|advances|advanced|advancing|push|pushes|pushed|pushing|close in|closes in|closed in|closing in|march|marches|marched|marching)\s+(?:on|toward|towards|into|against|in)\b[^.;]*")
            .unwrap()
    });
    // "The attack on Sunday comes amid a major offensive ... in the Daraa area", "The fire comes amid
    // continued strikes on Iran, so far killing 1,300": the war it is set in, and its toll.
    static COMES_AMID: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:comes?|came|coming)\s+(?:amid|amidst|during|in the midst of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:offensive|campaign|operations?|fighting|clashes|war|escalation|tensions|push|strikes|airstrikes|attacks|raids|bombardment|bombing)\b[^.;]*").unwrap()
    });
    if let Some(m) = COMES_AMID.find(s) {
        return s[..m.start()].into();
    }
    // "a drone fell near Kirkuk airport, which was struck on Monday by two rockets": the target's
    // earlier attack, told in a relative clause with its own day, and its weapon and count.
    static STRUCK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),\s+which\s+(?:was|were|had been|has been)\s+(?:also\s+|previously\s+|already\s+)?(?:struck|hit|targeted|attacked|shelled)\s+(?:on|last|earlier|in)\s[^,;]*").unwrap()
    });
    // "airstrikes against a militia thought responsible for the K1 attack, killing 25": the attack
    // the militia is held to account for is another.
    static HELD_RESPONSIBLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:thought|believed|held|blamed|deemed|considered|suspected|accused)\s+(?:to be\s+|of being\s+)?(?:largely\s+|mainly\s+)?responsible\s+for\s+[^,;]*|\b(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:militia|group|faction|organi[sz]ation)\s+(?:widely\s+|largely\s+)?blamed\s+for\s+[^,;]*").unwrap()
    });
    // "..., on the second anniversary of the killing of a general in a drone strike": the day is
    // another event's, and so is its toll.
    static ANNIVERSARY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:on|marking|ahead of|days before|near|around|since)\s+(?:the|\w+(?:'s|’s))\s+(?:[\w-]+\s+)?anniversary\s+of\b[^.;]*",
        )
        .unwrap()
    });
    if let Some(m) = ANNIVERSARY.find(s)
        && tells_event(&s[..m.start()])
    {
        return s[..m.start()].into();
    }
    // "..., where sectarian clashes have killed more than 300 people": the toll of the fighting the
    // attack is set in, not of the attack.
    static FIGHTING_TOLL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:clashes|fighting|violence|battles|hostilities|unrest)\s+(?:[\w-]+\s+){0,3}?(?:killed|left)\b[^.;]*")
            .unwrap()
    });
    // Each cut out of a sentence whose own attack is told before it.
    for clause in [&*FIGHTING_TOLL, &*AS_FIGHTING, &*HELD_RESPONSIBLE, &*STRUCK_BEFORE] {
        if let Some(m) = clause.find(s)
            && tells_event(&s[..m.start()])
        {
            return format!("{}{}", &s[..m.start()], &s[m.end()..]).into();
        }
    }
    // "US jets bombed depots near X after a rocket attack on Y": the attack answered, with its weapon;
    // unless the sentence tells only who was hurt in it ("a guard died after a rocket attack on Y").
    static AFTER_AN_ATTACK_ON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:after|following)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|raids?|assaults?)\s+(?:on|against|at)\b[^,;]*").unwrap()
    });
    if let Some(m) = AFTER_AN_ATTACK_ON.find(s)
        && tells_event(&s[..m.start()])
        && !hurt_in_it(&s[..m.start()], m.as_str())
    {
        return format!("{}{}", &s[..m.start()], &s[m.end()..]).into();
    }
    if let Some(m) = COMPARED_SINCE.find(s)
        && tells_event(&s[..m.start()])
    {
        // A period compared to ends at its clause: "its deadliest attack since 2019, targeting a
        // bus in X"; another attack ("since Israel struck Iran on June 13, ...") runs on.
        let since = m.end() - "since ".len();
        static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[,;]\s+\D").unwrap());
        let period = CLAUSE_END.find(&s[m.end()..]).map_or(&s[m.end()..], |c| &s[m.end()..m.end() + c.start()]);
        let rest = if tells_event(period) { "" } else { &s[m.end() + period.len()..] };
        return format!("{}{rest}", s[..since].trim_end()).into();
    }
    // Words in a name ("a group calling itself “The Brigades to Avenge X”") are not a clause.
    let Some(m) = ANOTHER_ATTACK.find_iter(s).find(|m| !quoted_at(s, m.start())) else { return s.into() };
    if tells_event(&s[..m.start()]) {
        return s[..m.start()].into();
    }
    match s[m.end()..].find(',') {
        Some(comma) => format!("{}{}", &s[..m.start()], &s[m.end() + comma..]).into(),
        None => s[..m.start()].into(),
    }
}

/// The clause that tells a sentence's first event: a cue in another clause ("..., targeting militants
/// blamed for an attack on a parade", "while threatening its rivals", "the threat came after Iran
/// fired") is about something else.
fn event_clause(s: &str) -> &str {
    static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)[,;:—–]|\b(?:while|whereas|although|but|after|before|amid|amidst|due to|because of)\b")
            .unwrap()
    });
    // "No group has claimed the attack, but the bases have been frequently targeted": the attack
    // claimed is a noun of the claim; the clause that tells is the next one.
    static CLAIMED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:claimed|claim|claiming|claims)\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the|this|that|an?)\s+(?:[\w-]+\s+)?$").unwrap()
    });
    let mut events = EVENT.find_iter(s).peekable();
    let Some(&first) = events.peek() else { return s };
    let event = events.find(|m| !CLAIMED_BEFORE.is_match(&s[..m.start()])).unwrap_or(first);
    // "carry out ground operations, airstrikes, and shelling": a noun in a list is of the clause
    // that holds the list; so is one it includes ("would halt their operations, including rocket
    // attacks").
    static INCLUDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:including|such as|notably|especially|particularly)(?:\s+[\w-]+){0,3}?\s*$").unwrap()
    });
    let list_item = |m: &regex::Match| {
        let between = &s[m.end()..event.start()];
        m.as_str() == "," && (between.trim().is_empty() || INCLUDING.is_match(between))
    };
    let breaks: Vec<_> = CLAUSE_BREAK.find_iter(&s[..event.start()]).collect();
    let start = breaks.iter().rev().find(|m| !list_item(m)).map_or(0, |m| m.end());
    let end = CLAUSE_BREAK.find_at(s, event.end()).map_or(s.len(), |m| m.start());
    &s[start..end]
}

/// A line of the story's prose, not a headline or a link: it ends as a sentence, and is not short.
fn a_paragraph(line: &str) -> bool {
    let t = line.trim();
    t.ends_with(['.', '!', '?', '"', '”']) && t.split_whitespace().count() >= 8
}

/// Splits text into sentences (also at line breaks), with the dateline removed.
fn sentences<'t>(text: &'t str, published: Option<chrono::NaiveDate>, g: &Gazetteer) -> Vec<(usize, &'t str)> {
    let mut out = Vec::new();
    let mut lines_with_words = 0;
    // After a "Related news" heading, the lines are other stories' headlines until a paragraph comes.
    let mut in_furniture = false;
    let lexicon = lexicon::Lexicon::embedded();
    // A log ("11 Mar 2020 — Camp Taji: ...") opens every entry with its day: that is the event's.
    let dated_log = text.lines().filter(|l| DATE_DATELINE.is_match(l.trim_start())).count() > 1;
    // "- After Months Of Talks, Forces Launch Attack On Ain Issa (Videos)" below the story: a list
    // of other stories' headlines, items in title case with no sentence's stop.
    static LINKED_HEADLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[-•*▪]\s+(\S.*)$").unwrap());
    let mut paragraphs_read = 0;
    for (i, line) in logical_lines(text) {
        let mut line = line;
        if !line.trim().is_empty() {
            lines_with_words += 1;
        }
        if let Some(c) = LINKED_HEADLINE.captures(line.trim_end())
            && paragraphs_read > 0
            && title_case(&c[1])
            && !c[1].ends_with(['.', '!', '?'])
        {
            continue;
        }
        if a_paragraph(line) {
            paragraphs_read += 1;
        }
        match lexicon.furniture(line) {
            Some(lexicon::Furniture::Heading) => {
                in_furniture = true;
                continue;
            }
            // An old photo's caption tells the photo, not the news.
            Some(lexicon::Furniture::Link | lexicon::Furniture::Caption) => continue,
            None if in_furniture => {
                if !a_paragraph(line) {
                    continue;
                }
                in_furniture = false;
            }
            None => {}
        }
        if i == 0 {
            line = dates::CORPUS_DATE.find(line).map_or(line, |m| &line[m.end()..]);
        }
        if lines_with_words <= DATELINE_LINES && old_photo_caption(line, published) {
            continue;
        }
        if tag_line(line, g) {
            continue;
        }
        // The wire dateline opens the story, which may come after a headline, a date line and page
        // furniture (view counts, share buttons): the first lines that have words.
        if lines_with_words <= DATELINE_LINES {
            // " BAGHDAD - A barrage ...": a paragraph's indent is no part of its dateline.
            line = line.trim_start();
            line = PLACE_DATELINE.find(line).map_or(line, |m| &line[m.end()..]);
            line = colon_dateline(line, g).map_or(line, |(_, _, start)| &line[start..]);
            if !dated_log {
                line = DATE_DATELINE.find(line).map_or(line, |m| &line[m.end()..]);
            }
        }
        let mut start = 0;
        for m in SENTENCE_END.find_iter(line) {
            let stop = m.start();
            // Without a space, only a word's end ("Command.A"), not initials ("U.S.A") or a URL.
            let glued = !m.as_str().contains(char::is_whitespace);
            // A year or a figure ends a sentence too ("began in 2018.The attack ...").
            let word_end =
                line[..stop].bytes().rev().take(2).filter(|b| b.is_ascii_lowercase() || b.is_ascii_digit()).count()
                    == 2;
            if (glued && !word_end) || ends_with_abbreviation(&line[start..stop + 1]) {
                continue;
            }
            // End after the punctuation and a closing quote, before the next sentence's first letter.
            let mut cut = stop + 1;
            if let Some(q) = line[cut..].chars().next().filter(|c| "\"”’".contains(*c)) {
                cut += q.len_utf8();
            }
            push_clauses(&mut out, i, line[start..cut].trim(), g);
            start = cut;
        }
        push_clauses(&mut out, i, line[start..].trim(), g);
    }
    out.retain(|s| !s.1.is_empty());
    out
}

/// The text's lines, with each paragraph of hard-wrapped text (a mailing list's copy, a pasted
/// e-mail: lines of at most some 80 characters, broken anywhere) as one line, numbered by its first.
fn logical_lines(text: &str) -> Vec<(usize, &str)> {
    let mut at = 0;
    let lines: Vec<(usize, &str)> = text
        .lines()
        .map(|l| {
            let start = at;
            at += l.len();
            at += text[at..].chars().take_while(|c| *c == '\r').count();
            at += usize::from(text[at..].starts_with('\n'));
            (start, l)
        })
        .collect();
    let long = |l: &str| l.chars().count() >= WRAPPED_MIN;
    let wrapped_lines = lines.iter().filter(|(_, l)| long(l) && l.chars().count() <= WRAP_WIDTH).count();
    let longer_lines = lines.iter().filter(|(_, l)| l.chars().count() > WRAP_WIDTH).count();
    if wrapped_lines < 5 || longer_lines * 10 > wrapped_lines {
        return lines.into_iter().enumerate().map(|(i, (_, l))| (i, l)).collect();
    }
    let mut out: Vec<(usize, &str)> = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (line number, start) of the paragraph being joined
    for (i, &(start, l)) in lines.iter().enumerate() {
        let (n, from) = open.unwrap_or((i, start));
        if long(l) && lines.get(i + 1).is_some_and(|(_, next)| !next.trim().is_empty()) {
            open = Some((n, from));
            continue;
        }
        out.push((n, text[from..start + l.len()].trim_end()));
        open = None;
    }
    out
}

/// Hard-wrapped text breaks its lines at this many characters at most, and most at this many at least.
const WRAP_WIDTH: usize = 80;
const WRAPPED_MIN: usize = 55;

/// A page's line of topic tags ("Syria Turkish drone strikes Syria Qahtaniyah Qamishli"): no
/// sentence, but places run together with nothing between them, which no headline writes.
fn tag_line(line: &str, g: &Gazetteer) -> bool {
    let line = line.trim();
    if line.ends_with(['.', '!', '?', '"', '”', ':']) || line.split_whitespace().count() < 4 {
        return false;
    }
    // A line of whole sentences is prose, though the page cut its last one short.
    if SENTENCE_END.find_iter(line).filter(|m| m.as_str().contains(char::is_whitespace)).count() >= 2 {
        return false;
    }
    // Cheap test first: three places need three capitalised words.
    if line.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count() < 3 {
        return false;
    }
    let places: Vec<_> = g.mentions(line).into_iter().filter(|m| m.lookup.best.is_some()).collect();
    let run_together = places.windows(2).filter(|w| line[w[0].end..w[1].start].trim().is_empty()).count();
    places.len() >= 3 && run_together >= 2
}

/// ", two days after drones attacked the consulate", ", the same day rockets landed in Bashiqa": a
/// clause telling another attack, dated from the one before it.
const DAYS_OFF: &str = r"(?:(?:just|only|barely|less than|more than|about|nearly|some)\s+)?(?:(?:on\s+)?the same day|(?:(?:a|an|one|two|three|four|five|six|seven|several|a few|\d+)\s+)?(?:days?|hours?|weeks?)\s+(?:after|before)|(?:a|the) day (?:after|before))\b";
/// "The strikes came hours after the group claimed an attack on ...": a clause, with or without its comma.
static ANOTHER_DAY_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)(?:,|\b(?:came|comes|come|followed))\s+(?P<off>{DAYS_OFF})")).unwrap());
/// "days after", "just hours before": an offset of no count.
static VAGUE_OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:just|only|barely|some)\s+)?(?:a few\s+|several\s+)?(?:days|hours|weeks)\s").unwrap()
});
/// A time that fixes no day: a clause dated from it has no day either.
static VAGUE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:last|past|previous|earlier this|this) (?:week|month|year)|last (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|recently|weeks? ago|months? ago)\b",
    )
    .unwrap()
});
/// Such a clause, split off: it tells an attack beside the story, not the one later sentences add to.
static ANOTHER_DAY_TOLD: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)^{DAYS_OFF}")).unwrap());

/// "Earlier on Saturday, jets struck near the dam", "Later that day, ...": an opening on a time of
/// its own; but "Earlier in the day, officials said the airport was hit by a rocket" is an earlier
/// account of the attack told.
fn earlier_or_later(s: &str) -> bool {
    static EARLIER_OR_LATER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\W*(?:earlier|later)\b").unwrap());
    static SAID_EARLIER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W*(?:earlier|later)\b[^,]{0,25},?\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|reported|announced|stated|confirmed|told)\b").unwrap()
    });
    EARLIER_OR_LATER.is_match(s) && !SAID_EARLIER.is_match(s)
}

/// "The airport had opened again, once crews finished the repairs needed after the last attack": the
/// attack told before only dates what the sentence tells, which is no attack. So does the attack
/// told in "Before the attack, a general said a curfew had been lifted on Sunday".
fn only_dated_by_an_attack_before(s: &str) -> bool {
    static AFTER_THE_ATTACK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:(?:after|following|since)\s+the\s+(?:previous|last|earlier|prior)\s+(?:[\w-]+\s+)?|(?:prior\s+to|before|ahead\s+of)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?)(?:attack|strike|raid|bombing)s?\b").unwrap()
    });
    AFTER_THE_ATTACK_BEFORE.is_match(s) && !tells_event(&AFTER_THE_ATTACK_BEFORE.replace_all(s, ""))
}

/// Pushes a sentence, or its two clauses when the second tells another attack of its own.
fn push_clauses<'t>(out: &mut Vec<(usize, &'t str)>, paragraph: usize, s: &'t str, g: &Gazetteer) {
    // "Five days after a drone strike killed X in Baghdad, Iran fired missiles at Y": the main
    // clause first, then the opening, which tells another attack counted back from it.
    if let Some(m) = ANOTHER_DAY_TOLD.find(s)
        && let Some(comma) = s[m.end()..].find(',').map(|at| m.end() + at)
        // "Two days after the attack, ...": the attack told before, no other.
        && !AFTER_THE_ATTACK_OPENING.is_match(s)
        && tells_event(&s[m.end()..comma])
        && (ONE_ATTACK.is_match(&s[m.end()..comma]) || STRUCK.is_match(&s[m.end()..comma]))
        && tells_event(&s[comma + 1..])
    {
        out.push((paragraph, s[comma + 1..].trim()));
        out.push((paragraph, s[..comma].trim()));
    } else if let Some(c) = ANOTHER_DAY_CLAUSE.captures(s)
        && let (m, off) = (c.get(0).unwrap(), c.name("off").unwrap())
        && tells_event(&s[..m.start()])
        && tells_event(&s[m.end()..])
        // "The attack came a day after rockets landed on X" tells X's day, one event; "the strikes
        // on Boukamal came hours after a group claimed an attack on Irbil" tells two places.
        && (m.as_str().starts_with(',') || s[..m.start()].split_whitespace().skip(1).any(|w| w.starts_with(char::is_uppercase)))
    {
        out.push((paragraph, s[..m.start()].trim()));
        out.push((paragraph, s[off.start()..].trim()));
    } else if let Some(m) = ANOTHER_DAY_CLAUSE.find(s)
        && tells_event(&s[..m.start()])
        && !tells_event(&s[m.end()..])
    {
        // "The drone attack comes days after the premier traveled to Baghdad": the clause dates the
        // attack by an event that is none, and the places it names were not struck.
        out.push((paragraph, s[..m.start()].trim()));
    } else if let Some(c) = ANOTHER_DAY_CLAUSE.captures(s)
        && let (m, off) = (c.get(0).unwrap(), c.name("off").unwrap())
        && m.as_str().starts_with(',')
        && VAGUE_OFFSET.is_match(off.as_str())
        && !tells_event(&s[..m.start()])
        && tells_event(&s[m.end()..])
    {
        // "Fires still burned on Thursday at a field, days after a drone strike set it ablaze": the
        // day told is the fires'; the attack is the clause's, of a day before it, not counted. But
        // "Fire crews fought flames at the port on Tuesday, hours after warships fired missiles from
        // offshore": hours apart, the fire tells where and when missiles that name no target struck.
        let names_a_place = || {
            g.mentions(&s[m.end()..])
                .iter()
                .any(|p| p.lookup.best.as_ref().is_some_and(|b| b.place.kind != PlaceKind::Country))
        };
        if off.as_str().to_lowercase().contains("hour") && !names_a_place() {
            out.push((paragraph, s));
        } else {
            out.push((paragraph, s[m.end()..].trim()));
        }
    } else if let Some(m) = ANOTHER_ATTACK.find(s)
        && let answered = s[m.end() - 1..].trim_start()
        && tells_event(&s[..m.start()])
        && ONE_ATTACK.is_match(answered)
        && tells_event(answered)
        && A_DAY.is_match(answered)
    {
        // "Iran fired drones at Israel, in response to an April 1 missile strike on its embassy in
        // Damascus": the attack answered, told with its day, is one of its own.
        out.push((paragraph, s));
        out.push((paragraph, answered));
    } else {
        out.push((paragraph, s));
    }
}

/// A day told: "April 1", "1 April", "on Monday", "last Sunday", "in 2019".
static A_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:19|20)\d\d\b)").unwrap()
});

/// The place of a wire dateline ("IRBIL — ..."), where the story was filed: the main attack's place
/// when its sentences name none ("missiles hit the city").
fn dateline_place<'g>(text: &str, g: &'g Gazetteer) -> Option<(&'g Place, String)> {
    let lines = || text.lines().filter(|l| !l.trim().is_empty()).take(DATELINE_LINES);
    if let Some((place, written, _)) = lines().find_map(|l| colon_dateline(l, g)) {
        return Some((place, written.to_string()));
    }
    let c = lines().find_map(|l| PLACE_DATELINE.captures(l))?;
    let written = c.get(1).or(c.get(2)).or(c.get(3)).or(c.get(4))?.as_str().split(',').next()?.trim();
    let best = g.lookup(written, &Default::default()).best?;
    (best.place.kind != PlaceKind::Country).then(|| (best.place, written.to_string()))
}

/// The one site (a base, an airport, a field) an article names apart from the places of its other
/// attacks: where its subject happened when the telling names it only as "the outpost" or "a base in
/// Jordan" ("the number of troops at Tower 22 is not known"). A site told only in the sentences of
/// another attack on it is that attack's; told in a sentence of its own as well ("no word yet on
/// casualties at Camp Taji", beside "Wednesday's attack on Camp Taji"), it may be the story's too.
fn sole_site<'g>(sentences: &[(usize, &str)], drafts: &[Draft<'g>], g: &'g Gazetteer) -> Option<(&'g Place, String)> {
    let mut found: Option<(&'g Place, String)> = None;
    for &(_, s) in sentences {
        for t in targets_of(s, g) {
            let of_its_attack = |d: &Draft| d.place().is_some_and(|p| p.id == t.place.id) && d.tells(s);
            if t.place.kind.geo_precision() != crate::model::GeoPrecision::Site || drafts.iter().any(of_its_attack) {
                continue;
            }
            match &found {
                Some((p, _)) if p.id != t.place.id => return None,
                Some(_) => {}
                None => found = Some((t.place, t.text)),
            }
        }
    }
    found
}

/// "Baghdad protested the Turkish strikes on Zakho": where the story's attacks were, told in passing by
/// a sentence that is no attack's own, for an attack whose telling names no place.
fn where_the_attacks_were<'g>(
    sentences: &[(usize, &str)],
    drafts: &[Draft<'g>],
    g: &'g Gazetteer,
) -> Option<(&'g Place, String)> {
    static THE_ATTACKS_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:the|these|[A-Z]\w+(?:'s|’s)?)\s+(?:[\w-]+\s+)?(?:attacks|strikes|bombardments?)\s+(?:in|on|against)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town)\s+of\s+)?$").unwrap()
    });
    sentences.iter().find_map(|&(_, s)| {
        if OTHER_TIME.is_match(s) || drafts.iter().any(|d| d.tells(s)) {
            return None;
        }
        targets_of(s, g)
            .into_iter()
            .find(|t| {
                t.place.kind.geo_precision() != crate::model::GeoPrecision::Region
                    && THE_ATTACKS_IN.is_match(&s[..t.span.start])
            })
            .map(|t| (t.place, t.text))
    })
}

/// "Jets bombed a military facility in Homs province ... officials described the raid near the
/// town of Qusayr": the town of the province a sentence about the attack names, where the
/// attack told by its province was.
fn town_in_the_region<'g>(
    region: &Place,
    sentences: &[(usize, &str)],
    drafts: &[Draft<'g>],
    g: &'g Gazetteer,
) -> Option<(&'g Place, String)> {
    static ABOUT_THE_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:the|this|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|assault|strike|airstrike|raid|aggression|bombing|incident|targeted\s+(?:building|site|facility))\b").unwrap()
    });
    static NEAR_OR_IN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:near|in|outside)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$").unwrap());
    let told = |s: &str| drafts.iter().any(|d| d.tells(s));
    sentences.iter().filter(|(_, s)| ABOUT_THE_ATTACK.is_match(s) && !told(s)).find_map(|&(_, s)| {
        targets_of(s, g)
            .into_iter()
            .find(|t| {
                t.place.kind.geo_precision() == crate::model::GeoPrecision::Town
                    && holds(region, t.place)
                    && NEAR_OR_IN.is_match(&s[..t.span.start])
            })
            .map(|t| (t.place, t.text))
    })
}

/// "U.S.", "Col.", "Feb." and initials end with a period but not a sentence.
fn ends_with_abbreviation(s: &str) -> bool {
    let last = s.rsplit(char::is_whitespace).next().unwrap_or("");
    let word = last.trim_end_matches('.').trim_start_matches(['(', '"', '“']);
    // An initial ("J."), not a day's number ("on March 4. Since ...").
    word.contains('.')
        || word.len() == 1 && word.chars().all(char::is_alphabetic)
        || [
            "Col", "Gen", "Lt", "Maj", "Capt", "Sgt", "Mr", "Mrs", "Ms", "Dr", "St", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Gov", "Sen", "Rep", "Adm",
        ]
        .contains(&word)
}

/// A day told with its year: "December 27, 2019", "27 December 2019", "2019-12-27".
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\w+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\w+,?\s+\d{4}|\d{4}-\d\d-\d\d)\b").unwrap()
});
/// A photo's caption above the story, credited to its agency ("... early Friday, Jan. 3, 2020. (AP)",
/// "(AFP photo)", "(Photo by AP)")
/// and dated a month or more before the page (or on an undated page, dated at all): an old photo,
/// whose event is not the news.
fn old_photo_caption(line: &str, published: Option<chrono::NaiveDate>) -> bool {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\((?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|Anadolu|AP Photo[^)]{0,40}|[^)]{0,40}/(?:AP|AFP|Reuters|Getty Images|EPA)|(?:AP|AFP|Reuters|EPA|Xinhua|Anadolu)\s+(?:photo|picture|image)|(?:photo|picture|image)\s*(?:by\b|:)[^)]{1,40})\)\s*$").unwrap()
    });
    // On a page with no date of its own the photo's age cannot be told: its date is no attack's.
    static DAY_WITH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b").unwrap()
    });
    let Some(p) = published else { return CREDIT.is_match(line.trim_end()) && DAY_WITH_YEAR.is_match(line) };
    CREDIT.is_match(line.trim_end())
        && dates::references(line, Some(p), false).iter().any(|d| {
            d.precision == DatePrecision::Day
                && line.contains(&d.date.year().to_string())
                && (p - d.date).num_days() > 30
        })
}

/// One sentence's reading.
#[derive(Clone)]
struct Report<'g> {
    text: String,
    date: Option<dates::DateRef>,
    place: Option<(&'g Place, String)>,
    weapon: Weapon,
    count: Option<facts::Count>,
    killed: Option<u32>,
    injured: Option<u32>,
    claim: Option<String>,
    /// Who struck, when the sentence says (a state or a group).
    attacker: Option<String>,
    launch: Option<facts::Launch>,
    range: Option<f64>,
    /// Other places struck, named beside `place` in the same sentence.
    /// with the weapon and the count of the clause that names each, if it names them.
    also: Vec<(&'g Place, String, Weapon, Option<facts::Count>)>,
    /// Other dates the same place was struck on, listed beside `date` ("attacked in 2018 and
    /// August 2019").
    other_dates: Vec<dates::DateRef>,
    /// Sites the sentence names beside its site as where it lies ("the Harir base near Erbil
    /// airport", "the Harir base at Erbil International Airport"): reports placed at them are of
    /// the same target.
    beside: Vec<&'g Place>,
    /// Where the sentence lies in the article text.
    span: Option<std::ops::Range<usize>>,
    /// The rule that read each field of this report.
    why: Why,
    /// The rule that tied the sentence to the attack it went to.
    link: &'static str,
    /// The sentence's only weapon words are verbs of shelling: it names a class only until another
    /// report names what was fired (kept, as weighing it tags the sentence again).
    shelling_only: bool,
}

/// The rule that read each field of a report (`""` where the field is not told).
#[derive(Clone, Copy, Default)]
struct Why {
    date: &'static str,
    place: &'static str,
    weapon: &'static str,
    count: &'static str,
    killed: &'static str,
    injured: &'static str,
    claim: &'static str,
    attacker: &'static str,
    launch: &'static str,
    range: &'static str,
}

/// "Jets ravage X air base" over "Jets struck Damascus, Homs and Hama on Wednesday": a headline's
/// undated attack is of the day the body opens on, when the first sentence telling an attack after
/// it is not one of the lead's own and tells a recent day (its own clause's: "struck on Friday, in
/// response to a drone strike last Sunday" opens on Friday).
fn lend_the_opening_day(
    drafts: &mut [Draft],
    text: &str,
    sentences: &[(usize, &str)],
    published: Option<chrono::NaiveDate>,
    month_first: bool,
) {
    const RECENT_DAYS: i64 = 7;
    let Some(lead) = drafts.first().filter(|d| d.date().is_none()) else { return };
    let starts: Vec<usize> = lead.reports.iter().filter_map(|r| r.span.as_ref().map(|s| s.start)).collect();
    let Some(&lead_first) = starts.iter().min() else { return };
    let lead_next = starts.iter().copied().filter(|&x| x > lead_first).min().unwrap_or(usize::MAX);
    let mut after: Vec<(usize, &str)> = sentences
        .iter()
        .filter_map(|&(_, s)| Some((span_in(text, s)?.start, s)))
        .filter(|&(at, _)| at > lead_first && at < lead_next)
        .collect();
    after.sort_by_key(|&(at, _)| at);
    let opening = after
        .into_iter()
        .filter(|(_, s)| !only_dated_by_an_attack_before(s))
        .map(|(_, s)| without_another_attack(s))
        .find(|cut| tells_event(cut));
    let day = opening.and_then(|cut| attack_dates(&cut, published, month_first).first().copied()).filter(|x| {
        x.precision == DatePrecision::Day
            && published.is_some_and(|p| (0..=RECENT_DAYS).contains(&(p - x.date).num_days()))
    });
    if let Some(day) = day {
        let lead = &mut drafts[0].reports[0];
        lead.date = Some(day);
        lead.why.date = "date/day-the-body-opens-on";
    }
}

/// Where `part` (a slice of `text`) lies in it.
fn span_in(text: &str, part: &str) -> Option<std::ops::Range<usize>> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (start + part.len() <= text.len()).then(|| start..start + part.len())
}

impl<'g> Report<'g> {
    /// Whether the report tells the attack's toll or what struck in number.
    fn has_figures(&self) -> bool {
        self.killed.is_some() || self.injured.is_some() || self.count.is_some()
    }

    /// This report told of another target the sentence names, with the weapon and the count of the
    /// clause that names it.
    fn of_another_target(&self, place: &'g Place, text: String, weapon: Weapon, count: Option<facts::Count>) -> Self {
        Report {
            place: Some((place, text)),
            weapon,
            count,
            why: Why { count: if count.is_some() { COUNT_OF_ITS_CLAUSE } else { "" }, ..self.why },
            launch: None,
            range: None,
            ..self.clone()
        }
    }

    /// The figures `told` states, with the rules that read them, as this report's.
    fn take_casualties(&mut self, told: facts::Casualties) {
        (self.killed, self.injured) = told.figures();
        self.why.killed = told.killed.map_or("", |f| f.rule);
        self.why.injured = told.injured.map_or("", |f| f.rule);
    }

    /// A headline ("ISIS attack in Kirkuk: 1 dead"): a short line with no sentence's end. A
    /// province's seat told there may stand for the province, as headlines are short.
    fn headline(&self) -> bool {
        const HEADLINE_MAX: usize = 100;
        self.text.len() <= HEADLINE_MAX && !self.text.trim_end().ends_with(['.', '!', '?', '"', '”', '’', '\''])
    }
    /// Whether the place is told as a part of a town ("the Damascus suburb of Kiswah"): finer than
    /// the town another sentence names.
    fn place_is_part(&self) -> bool {
        self.place_told_after(&PART_OF)
    }
    /// Whether the words right before the place's first mention in the sentence end with `cue`.
    fn place_told_after(&self, cue: &Regex) -> bool {
        self.place
            .as_ref()
            .is_some_and(|(_, text)| self.text.find(text.as_str()).is_some_and(|at| cue.is_match(&self.text[..at])))
    }
    /// Whether the place told is a landmark beside what was struck ("facilities near the US
    /// embassy", "a party's headquarters near Iraq's Erbil"), not the target itself.
    fn place_is_landmark(&self) -> bool {
        self.place_told_after(&NEAR_LANDMARK)
    }
    /// Whether the place is told as the area a target lies in: "in the Tal Abyad district", "the
    /// countryside of Raqqa" (a town of that area named later may be the target, miles off).
    fn place_is_area(&self) -> bool {
        static AREA_AFTER: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(?i)^(?:'s|’s)?\s+(?:district|countryside|region|outskirts)\b").unwrap());
        let area_after = self.place.as_ref().is_some_and(|(_, text)| {
            self.text.find(text.as_str()).is_some_and(|at| AREA_AFTER.is_match(&self.text[at + text.len()..]))
        });
        self.place_told_after(&AREA_OF) || area_after
    }
    /// A report of `r`'s sentence carrying only its claim: for another target of the claimed attacks.
    fn claim_only(r: &Report<'g>, link: &'static str) -> Report<'g> {
        Report { claim: r.claim.clone(), why: r.why, link, ..Report::of_text(&r.text, r.span.clone()) }
    }
    /// A report of `r`'s sentence carrying only its casualty figures: for another attack they cover.
    fn figures_only(r: &Report<'g>) -> Report<'g> {
        Report {
            killed: r.killed,
            injured: r.injured,
            why: r.why,
            link: "figures-of-the-attacks",
            ..Report::of_text(&r.text, r.span.clone())
        }
    }
    /// Whether the sentence tells a toll of several attacks ("Turkish drone attacks kill two",
    /// "killed in two separate strikes"): no one attack's figure when one is told of it alone.
    fn toll_of_several(&self) -> bool {
        static OF_SEVERAL: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b(?:attacks|strikes|airstrikes|raids|bombings)\s+(?:\w+\s+)?(?:kill|kills|killed|wound|wounds|wounded|injure|injures|injured|leave|leaves|left)\b|\bin\s+(?:two|three|four|several|separate|multiple)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|raids)\b").unwrap()
        });
        OF_SEVERAL.is_match(&self.text)
    }
    /// The day the sentence names for an attack it could not date (on an undated page): not the
    /// day something was said.
    fn named_day(&self) -> Option<dates::NamedDay> {
        if self.date.is_some() {
            return None;
        }
        dates::named_days(&self.text).into_iter().find(|&(_, at)| !said_at(&self.text, at)).map(|(d, _)| d)
    }
    fn of_text(text: &str, span: Option<std::ops::Range<usize>>) -> Report<'g> {
        Report {
            text: text.to_string(),
            shelling_only: shelling_only(text),
            date: None,
            place: None,
            weapon: Weapon::Unknown,
            count: None,
            killed: None,
            injured: None,
            claim: None,
            attacker: None,
            launch: None,
            range: None,
            also: Vec::new(),
            other_dates: Vec::new(),
            beside: Vec::new(),
            span,
            why: Why::default(),
            link: "",
        }
    }
}

/// States whose strikes these stories tell beside the attacks on them.
const RETALIATORS: [&str; 2] = ["United States", "Israel"];

/// A claim of more than one attack: "claimed the attacks", "claimed both strikes", "attacks on
/// those locations".
static ALL_ATTACKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:attacks|strikes|operations|both|those (?:locations|sites|bases|targets)|the two)\b").unwrap()
});

fn specificity(p: &Place) -> u8 {
    match p.kind.geo_precision() {
        crate::model::GeoPrecision::Site => 3,
        crate::model::GeoPrecision::Town => 2,
        crate::model::GeoPrecision::Region => 1,
    }
}

static RELATIVE_TO: LazyLock<Regex> = LazyLock::new(|| {
    // "north of Baghdad", "north of the capital, Baghdad", "south of the city of Kirkuk", "northwest
    // of the capital Baghdad".
    Regex::new(&format!(
        r"(?i)\b(?:{})\s+of\s+(?:the\s+)?(?:(?:capital|city|town|provincial capital)(?:,\s*|\s+of\s+|\s+)){{0,2}}$",
        facts::COMPASS
    ))
    .unwrap()
});
/// "filmed from the town of Balad", "drones from Syria": where something came from, not the target.
/// A distance is not an origin ("5 km from Erbil" says where the target lies).
static FROM_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^\w])from\s+(?:the\s+)?(?:(?:town|city|village|area|province|region|direction) of\s+(?:the\s+)?)?$",
    )
    .unwrap()
});
/// "In a visit to Baghdad, the secretary said ...", "during his trip to Erbil": where someone went.
static VISIT_TO: LazyLock<Regex> = LazyLock::new(|| {
    // "once a cargo flight had landed at Damascus airport": a flight's end, not a target; nor are
    // the airports flights were diverted to ("diverted to airports in Latakia and Aleppo").
    Regex::new(r"(?i)\b(?:visits?|visited|visiting|trip|tour|arriv(?:ed|es|ing)|travel(?:l?ed|l?ing)?)\s+(?:to\s+|in\s+)?(?:the\s+)?$|\b(?:planes?|airliners?|flights?|cargo aircraft|transport aircraft)\s+(?:had\s+|has\s+|have\s+)?(?:landed|touched down|took off)\s+(?:at|in|from)\s+(?:the\s+)?$|\b(?:diverted|rerouted|re-routed|redirected|rescheduled)\s+(?:[\w-]+\s+){0,2}?to\s+(?:(?:the\s+)?airports?\s+(?:in|of|at)\s+)?(?:[\w'’-]+\s+(?:and|or)\s+)?(?:the\s+)?$").unwrap()
});
/// "the US ambassador to Baghdad", "Iran's envoy in Damascus": a place in a diplomat's title.
static ENVOY_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ambassadors?|envoys?|emissar(?:y|ies)|charg[eé] d['’]affaires|consuls?(?:[\s-]general)?)\s+(?:to|in|at)\s+(?:the\s+)?$").unwrap()
});
/// "before the battle for Mosul", "the fight over Raqqa": a place fought over, not a site struck.
static FOUGHT_OVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:battle|fight|struggle|war|offensive|campaign)\s+(?:over|for)\s+(?:the\s+)?(?:(?:town|city|province|region)\s+of\s+)?$").unwrap()
});
static DISTANCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|yards|feet|m)\)?\s+(?:\w+\s+)?from\s+\S*\s*$")
        .unwrap()
});

/// "the missiles flew over central Iraq near Tikrit before landing near Albu Kamal": the places a
/// projectile passed are not its target. "Guns downed a drone flying over the airport": a site it
/// was downed over, with nowhere else it went, is.
fn flight_path(s: &str) -> Option<std::ops::Range<usize>> {
    static PASSED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:flew|flying|flown|passed|passing|crossed|crossing)\s+(?:over|through|across)\b").unwrap()
    });
    static ARRIVED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:before|then|landing|landed|striking|struck|hitting|to (?:strike|hit))\b").unwrap()
    });
    static OVER_A_SITE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)^\s+(?:the\s+)?(?:[\w.-]+\s+){{0,3}}?(?:{SITE_WORD})\b")).unwrap());
    static DOWNED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:shot down|intercepted|downed|brought down)\b").unwrap());
    let m = PASSED.find(s)?;
    let arrived = ARRIVED.find_at(s, m.end());
    if arrived.is_none() && OVER_A_SITE.is_match(&s[m.end()..]) && DOWNED.is_match(s) {
        return None;
    }
    Some(m.start()..arrived.map_or(s.len(), |a| a.start()))
}

/// A headline: most longer words capitalised ("Missiles That Hit Near US Consulate").
fn title_case(s: &str) -> bool {
    let long: Vec<&str> =
        s.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    // "(REPORT)": a word's first letter, past the punctuation around it.
    let capitalised = |w: &&&str| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
    long.len() >= 4 && long.iter().filter(capitalised).count() * 10 >= long.len() * 8
}

/// Whether a place is of the kind a site word names.
fn of_kind(word: &str, kind: PlaceKind) -> bool {
    match word.to_lowercase().replace(' ', "").as_str() {
        "base" | "airbase" | "airfield" | "camp" => kind.is_military(),
        "airport" => kind == PlaceKind::Airport,
        "embassy" => kind == PlaceKind::Embassy,
        "consulate" => kind == PlaceKind::Consulate,
        "oilfield" => kind == PlaceKind::Oilfield,
        "gasfield" => kind == PlaceKind::Gasfield,
        "field" => matches!(kind, PlaceKind::Oilfield | PlaceKind::Gasfield),
        // Refineries are kept as oil sites; "the refinery" is one whose name says so.
        _ => false,
    }
}

/// A place a sentence names as a possible target, with where its name is.
#[derive(Clone)]
struct Target<'g> {
    place: &'g Place,
    text: String,
    span: std::ops::Range<usize>,
}

/// The places a sentence names that can be a target location: proper nouns, not countries, not
/// reference points ("a base north of Baghdad" is not in Baghdad), not origins ("from Syria"), not
/// part of an organisation's name ("Al Mayadeen reported", "the Baghdad Operations Command"), not
/// ambiguous names.
/// "An hour after the strike on Tower 22, a drone was launched at al-Tanf": a place that dates the
/// attack is not its target.
static AFTER_THE_ATTACK_ON: LazyLock<Regex> = LazyLock::new(|| {
    // "following the attack on the Khor Mor field, power was cut" names the story's own target; "a
    // week after the attack on", "since the attack on", "after a rocket attack on" another attack.
    Regex::new(r"(?i)(?:\b(?:after|before|since|following)\s+(?:a|an)|\bsince\s+the|\b(?:days?|weeks?|months?|years?|hours?|minutes?|half)\s+(?:after|before|following)\s+the)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|raids?|assaults?)\s+(?:on|against|at)\s+(?:the\s+)?$").unwrap()
});

/// "A contractor died after a rocket attack on X", "two were wounded following a drone attack on X":
/// a clause telling only who was hurt, before the attack it was hurt in ("after a(n)"), tells that
/// attack, whose place is the target.
fn hurt_in_it(clause: &str, after_the_attack: &str) -> bool {
    static HURT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:died|dies|killed|wounded|injured|hurt|dead|lost\s+(?:his|her|their)\s+lives?)\b").unwrap()
    });
    static AFTER_A: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:after|following)\s+an?\b").unwrap());
    AFTER_A.is_match(after_the_attack)
        && HURT.is_match(clause)
        && event_words(clause).all(|m| m.as_str().to_lowercase().starts_with("kill"))
}

/// "targeted the commander, who spent some time in Sulaymaniyah and was to return to Qamishli": a
/// clause about a person names where the person was or went, not a place struck (unless it tells an
/// attack itself: "gunmen who stormed a post in Kirkuk").
fn about_a_person(s: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    static WHO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bwho\s+[^,;.]+").unwrap());
    WHO.find_iter(s).filter(|m| !tells_event(m.as_str())).map(|m| m.range())
}

/// "district mayor Musil Mohammed", "Gen. Hasan Hasanzadeh": a name after a title and before a
/// surname is a person's, even when it is spelled like a town.
fn a_persons_name(before: &str, after: &str) -> bool {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:mayor|governor|spokes(?:man|woman|person)|minister|commander|general|gen\.|col\.|maj\.|brig\.|lt\.|capt\.|sheikh|president|director|chief|lawmaker|MP|deputy|leader|imam|mr\.|mrs\.|ms\.|dr\.)\s+$").unwrap()
    });
    static SURNAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+(?:al-|el-)?\p{Lu}\p{Ll}+").unwrap());
    TITLE.is_match(before) && SURNAME.is_match(after)
}

/// What follows a place described, not struck: "Erbil is the capital", "Chamchamal, where the
/// complex is located", or an official's office ("Jamjamal district chief Ramak Ramadan said").
static PLACE_DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?:district\s+|provincial\s+|city\s+|sub-?district\s+|police\s+)?(?:chief|governor|mayor|commissioner|head)\s+\p{Lu}\p{Ll}+\s+\p{Lu}|\s+(?:is|was)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:capital|largest city|seat)\b|,?\s+(?:where|in which)\s+the\s+(?:[\w-]+\s+)?(?:complex|base|field|facility|plant|camp|airport|site|refinery|compound)\s+(?:is|was|lies)\b)").unwrap()
});

/// "The blast could be heard in Tartus", "felt as far away as Amman": where an attack was sensed,
/// not struck.
static SENSED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:heard|felt|seen|visible|audible)\s+(?:as far (?:away )?as|across|in|from|throughout|all over)|(?:in|across) the (?:night\s+)?sky (?:over|above))\s+(?:the\s+)?(?:(?:city|town|province|capital) of\s+)?$").unwrap()
});

/// "The field that came under attack lies between the cities of Kirkuk and Sulaimaniyah": the
/// towns a site is placed between, not what was struck.
static LIES_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:lies|lie|lying|located|situated|sits|sitting)\s+(?:\w+\s+){0,3}?between\s+(?:the\s+)?(?:(?:towns?|city|cities|villages?|provinces?)\s+of\s+)?(?:[\w'’-]+\s+){0,3}?(?:and\s+)?$").unwrap()
});

fn targets_of<'g>(s: &str, g: &'g Gazetteer) -> Vec<Target<'g>> {
    let opening = ANOTHER_DAY_TOLD.find(s).map_or(0, |m| m.end());
    let lexicon = lexicon::Lexicon::embedded();
    // "Al-Mayadeen reported" is the channel; "near al-Mayadeen", "al-Mayadeen city" the town.
    static TOLD_AS_A_PLACE: LazyLock<(Regex, Regex)> = LazyLock::new(|| {
        (
            Regex::new(r"(?i)\b(?:near|outside|around|outskirts of|vicinity of)\s+$").unwrap(),
            Regex::new(r"(?i)^\s+(?:city|town|desert|countryside|district|area|region|province|governorate)\b")
                .unwrap(),
        )
    });
    let a_place = |r: &std::ops::Range<usize>| {
        TOLD_AS_A_PLACE.0.is_match(&s[..r.start]) || TOLD_AS_A_PLACE.1.is_match(&s[r.end..])
    };
    let mut masked: Vec<std::ops::Range<usize>> = lexicon
        .tag(s)
        .into_iter()
        .filter(|h| h.tag == lexicon::Tag::Org && !a_place(&h.range))
        .map(|h| h.range)
        .collect();
    masked.extend(groups::mentions(s).into_iter().map(|m| m.start..m.end));
    masked.extend(facts::group_name_spans(s));
    masked.extend(flight_path(s));
    masked.extend(about_a_person(s));
    let headline = title_case(s);
    let mut out = Vec::new();
    // "Strikes hit army posts south of Mayadin": a small town told as what the target lies from is
    // where it was when the sentence names no other town or site ("Balad air base, north of Baghdad"
    // names one). Not a city, whose sides stretch over a province ("south of Baghdad"), nor a town told
    // with a distance ("140 miles northwest of Baghdad").
    static DISTANCE_TOLD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:km|kilomet(?:er|re)s?|miles?)\)?\s*$").unwrap());
    let mut relative_to = Vec::new();
    // "a village east of the city of Qamishli": a city told as the city itself, when the sentence
    // names nothing else ("in Diyala, north of Baghdad" is in Diyala).
    static THE_CITY_OF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bcity(?:\s+of)?\s+$").unwrap());
    // "at a checkpoint near al-Sarj village north of Deir ez-Zor": a village or an area the gazetteer
    // does not know, told from the city.
    static A_PLACE_UNNAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,3}\s+(?:village|area|neighbou?rhood|town)\b(?:\s+[\w'’-]+){0,6}?,?\s*$").unwrap()
    });
    let mut cities_relative_to = Vec::new();
    for m in g.mentions(s) {
        // Proper nouns only ("rockets hit" is not the town of Hit).
        // The gazetteer's patterns ("military base in Kirkuk") carry the name last.
        let proper = m
            .text
            .split([' ', '-'])
            .filter(|w| !matches!(*w, "al" | "el" | "the"))
            .any(|w| w.starts_with(char::is_uppercase));
        let before = &s[..m.start];
        let origin = FROM_PLACE.is_match(before) && !DISTANCE_BEFORE.is_match(before);
        if !proper
            || in_another_country(before, m.lookup.best.as_ref().map(|c| c.place.country.as_str()), g)
            || a_persons_name(before, &s[m.end..])
            || SENSED_IN.is_match(before)
            || LIES_BETWEEN.is_match(before)
            // "(, ) a week after a rocket attack on Erbil airport", split off: the attack it tells.
            || AFTER_THE_ATTACK_ON
                .find(&before[opening.min(before.len())..])
                .is_some_and(|a| !hurt_in_it(&before[opening.min(before.len())..][..a.start()], a.as_str()))
            || origin
            || VISIT_TO.is_match(before)
            || ENVOY_TO.is_match(before)
            || FOUGHT_OVER.is_match(before)
            || masked.iter().any(|r| r.start < m.end && m.start < r.end)
            || lexicon.org_suffix_follows(&s[m.end..])
            // "at 6:30 p.m. Baghdad time": a clock, not a place.
            || s[m.end..].trim_start_matches(['\'', '’', 's']).starts_with(" time")
            // "the Kurdish region, of which Erbil is the capital, said": a place described.
            || PLACE_DESCRIBED.is_match(&s[m.end..])
            || (headline && g.is_english_word(&m.text))
        {
            continue;
        }
        // An ambiguous name is left unlocated rather than guessed; a country is no target location.
        let Some(p) = m.lookup.best.as_ref().map(|c| c.place) else { continue };
        // "which Baghdad called a violation", "Damascus condemned": a capital speaking is its government;
        // "an airbase outside Baghdad" is not in the city.
        // "It said in Amman that ...": where it was said.
        // "The US Embassy in Iraq also denounced the attack": a site speaking is its staff.
        // "In a statement issued by the US Embassy in Baghdad, ...": who speaks, not what was struck.
        let precision = p.kind.geo_precision();
        if facts::statement_by(before) && precision != crate::model::GeoPrecision::Region {
            continue;
        }
        if (precision == crate::model::GeoPrecision::Site && GOVERNMENT_SPEAKS.is_match(&s[m.end..]))
            || (precision == crate::model::GeoPrecision::Town
                && (GOVERNMENT_SPEAKS.is_match(&s[m.end..])
                    // A town's outskirts are the town's: only a city stretches far.
                    || (OUTSIDE.is_match(before) && p.kind == PlaceKind::City)
                    // "a crackdown by Amman on smugglers": a capital acting is its government.
                    || (p.kind == PlaceKind::Capital && BY_A_GOVERNMENT.is_match(before))
                    || SAID_IN.is_match(before)
                    || GOVERNMENTS_BETWEEN.is_match(before)))
        {
            continue;
        }
        if p.kind != PlaceKind::Country {
            let target = Target { place: p, text: m.text, span: m.start..m.end };
            match RELATIVE_TO.find(before) {
                None => out.push(target),
                Some(compass) => {
                    let far = DISTANCE_TOLD.is_match(&before[..compass.start()]);
                    if matches!(p.kind, PlaceKind::Town | PlaceKind::Village) && !far {
                        relative_to.push(target);
                    } else if p.kind == PlaceKind::City
                        && !far
                        && (THE_CITY_OF.is_match(compass.as_str())
                            || A_PLACE_UNNAMED.is_match(&before[..compass.start()]))
                    {
                        cities_relative_to.push(target);
                    }
                }
            }
        }
    }
    if out.iter().all(|t| t.place.kind.geo_precision() == crate::model::GeoPrecision::Region) {
        out.extend(relative_to);
    }
    if out.is_empty() {
        out.extend(cities_relative_to);
    }
    // "on the Deir ez-Zor – Homs highway near Palmyra": the towns a road is named after are not
    // where it was struck when the sentence names a place beside the road.
    static ROAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b\p{Lu}[\w'’ -]{1,30}?\s*[-–—]\s*\p{Lu}[\w'’ -]{1,30}?\s+(?:highway|road|motorway|expressway)\b")
            .unwrap()
    });
    // "the drone targeted the security forces of the al-Hol camp": a place the people struck
    // belong to is not where they were struck.
    static PEOPLE_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:forces|guards|police|personnel|staff|administration|management|employees|members|officials)\s+of\s+(?:the\s+)?$").unwrap()
    });
    out.retain(|t| !PEOPLE_OF.is_match(&s[..t.span.start]));
    // Cheap test first: targets are read many times a sentence.
    let a_road_named = ["road", "highway", "motorway", "expressway"].iter().any(|w| s.contains(w));
    let roads: Vec<_> = if a_road_named { ROAD.find_iter(s).map(|m| m.range()).collect() } else { Vec::new() };
    let on_a_road = |t: &Target| roads.iter().any(|r| r.contains(&t.span.start));
    if out.iter().any(|t| !on_a_road(t)) {
        out.retain(|t| !on_a_road(t));
    }
    out
}

/// The countries whose attacks incmap maps.
const THEATRE: [&str; 3] = ["IQ", "SY", "JO"];

/// "since a raid on northern Israel that killed 30": where a sentence starts
/// telling an attack in a country outside the theatre.
fn struck_abroad(s: &str, g: &Gazetteer) -> Option<usize> {
    const ATTACK_ON: &str = r"\b(?:attacks?|attacked|assaults?|strikes?|struck|raids?|bombings?|invasion|incursion)\s+(?:on|in|against|into|inside)\b";
    static ON_A_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i){ATTACK_ON}\s+(?:(?:southern|northern|eastern|western|central)\s+)?$")).unwrap()
    });
    // Cheap test first: most sentences tell no attack "on" or "in" anywhere.
    static TELLS_AN_ATTACK_ON: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("(?i){ATTACK_ON}")).unwrap());
    if !TELLS_AN_ATTACK_ON.is_match(s) {
        return None;
    }
    g.mentions(s).iter().find_map(|m| {
        let abroad = m
            .lookup
            .best
            .as_ref()
            .is_some_and(|b| b.place.kind == PlaceKind::Country && !THEATRE.contains(&b.place.country.as_str()));
        abroad.then(|| ON_A_COUNTRY.find(&s[..m.start]).map(|w| w.start())).flatten()
    })
}

/// "a border post in Iran's western province of Kurdistan": a place told as a province, city or town
/// of another country than the one the gazetteer's place of that name lies in.
fn in_another_country(before: &str, country: Option<&str>, g: &Gazetteer) -> bool {
    static OF_A_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b([A-Z][a-z]+(?: Arabia)?)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:province|city|town|region|village|county|district)\s+(?:of\s+)?$").unwrap()
    });
    let Some(country) = country else { return false };
    let Some(c) = OF_A_COUNTRY.captures(before) else { return false };
    g.lookup(&c[1], &Default::default())
        .best
        .is_some_and(|b| b.place.kind == PlaceKind::Country && b.place.country != country)
}

/// "an airbase that houses US forces outside Baghdad": a site told by the town it lies outside of,
/// which is then a landmark (an attack "outside the town of Haditha" is at Haditha).
static OUTSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:{SITE_WORD})\b(?:\s+[\w.-]+){{0,4}}?\s+outside\s+(?:the\s+)?(?:(?:capital|city|town)(?:,\s*|\s+of\s+))?$"
    ))
    .unwrap()
});

/// A verb of speaking right before "in" and a town: where something was said, not struck.
static SAID_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:said|says|told (?:reporters|journalists|a news conference)|announced|stated|speaking|spoke)\s+(?:(?:on\s+)?\w+day\s+)?|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:sources?|officials?|spokes(?:man|woman|person))\s+)in\s+$").unwrap()
});

/// A verb of speaking or judging right after a place name: the place stands for its government.
/// "the row between Baghdad and Erbil", "talks between Erbil and Baghdad", "areas disputed by Erbil
/// and Baghdad": capitals as the governments they seat.
static GOVERNMENTS_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:tensions?|relations?|disputes?|talks|agreements?|deals?|rifts?|rows?|ties|negotiations|standoff|differences|rapprochement|dialogue)["”’']?\s+between\s+(?:[\w'’-]+\s+){0,3}?(?:and\s+)?(?:the\s+)?$|\b(?:disputed|contested)\s+(?:by|between)\s+(?:[\w'’-]+\s+){0,3}?(?:and\s+)?(?:the\s+)?$"#).unwrap()
});
static GOVERNMENT_SPEAKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:in\s+[A-Z][\w-]+\s+)?(?:also\s+)?(?:has\s+|had\s+|have\s+)?(?:said|says|called|considered|considers|claimed|claims|condemned|condemns|denounced|protested|rejected|accused|warned|demanded|denied|summoned|blamed|insisted|responded|urged|described|issued|tweeted)\b").unwrap()
});

/// "a crackdown by Amman", "warnings from Erbil and Tehran", "sought to pressure Baghdad": a capital as
/// the government that acts or is acted on.
static BY_A_GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:by|from|with)\s+$|\b(?:by|from)\s+[A-Z][\w-]+\s+and\s+$|\b(?:pressure|pressured|pressures|pressuring|urge|urged|urging|lobby|lobbied|lobbying|persuade|persuaded|convince|convinced)\s+$").unwrap()
});

/// "fired from east of the Ayn al-Asad base": a launch site told from a site, which is then the target
/// (when the sentence names no other).
fn target_in_launch<'g>(site: &str, g: &'g Gazetteer) -> Option<(&'g Place, String)> {
    static COMPASS_OF: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{})\s+of\b", facts::COMPASS)).unwrap());
    if !COMPASS_OF.is_match(site) {
        return None;
    }
    g.mentions(site)
        .into_iter()
        .filter_map(|m| Some((m.lookup.best?.place, m.text)))
        .find(|(p, _)| p.kind.geo_precision() == crate::model::GeoPrecision::Site)
}

/// The most specific of the targets ("a base in Kirkuk province" → the one base there); among
/// equals the first named.
fn most_specific(s: &str, targets: &[Target]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, t) in targets.iter().enumerate() {
        let better = best.is_none_or(|b| {
            let (now, then) = (specificity(t.place), specificity(targets[b].place));
            // "the Harir base at Erbil International Airport": the site the other is told to be at.
            // "Salwa (aka Ciyan Afrin) was killed near Qamishli": a town's name that ends a
            // person's name is no place told.
            let in_a_name = |k: usize| {
                let before = &s[..targets[k].span.start];
                IN_A_NAME.is_match(before) && !targets.iter().any(|o| o.span.end + 1 == targets[k].span.start)
            };
            let between = &s[targets[b].span.end.min(t.span.start)..t.span.start];
            // "in Erbil's Koya district": the place of the one named before it.
            let possessed = {
                let of_the_one_before = targets[b].text.ends_with("'s") || targets[b].text.ends_with("’s");
                let rest = between.trim_start_matches(['\'', '’']).trim_start_matches('s');
                // "in Idlib countryside's Khan Sheikhoun": the town of the area named before it.
                static AREAS: LazyLock<Regex> = LazyLock::new(|| {
                    Regex::new(r"(?i)^\s*(?:[a-z]+ern\s+)?(?:countryside|province|governorate|desert|district|region|outskirts|suburbs)(?:'s|’s)\s*$").unwrap()
                });
                ((of_the_one_before || rest.len() < between.len()) && rest.trim().is_empty()) || AREAS.is_match(between)
            };
            now > then
                || (now == then
                    && b + 1 == i
                    && (AT.is_match(between)
                        || PART_OF.is_match(between) && between.split_whitespace().count() <= 3
                        || possessed))
                || (now == then && in_a_name(b) && !in_a_name(i))
                // "Kirkuk police said mortars hit a post near Daquq": a town of the province over
                // its seat, which may stand for the province.
                || (now == then
                    && !between.trim_start().starts_with([',', ';'])
                    && is_seat(targets[b].place)
                    && !is_seat(t.place)
                    && t.place.kind.geo_precision() == GeoPrecision::Town
                    && t.place.admin1 == targets[b].place.admin1)
        });
        if better {
            best = Some(i);
        }
    }
    best
}

/// "the southern Damascus suburb of Kiswah", "the Baghdad district of Karrada": the part of the
/// town named after it is the place.
static PART_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:suburbs?|district|neighbou?rhood|quarter)\s+of\s+(?:the\s+)?$").unwrap());

/// A capitalised word right before a place name, inside the sentence and not a possessive: the
/// place name ends another name ("Ciyan Afrin").
static IN_A_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\w,;(] \p{Lu}\p{Ll}+ $").unwrap());

/// Words between two sites that put the first at the second ("X base at Y airport").
static AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:base|air ?base|camp|compound|facility)?\s*(?:at|inside|within)\s+(?:the\s+)?$").unwrap()
});

/// Other towns or sites struck in the same sentence, named beside the main one ("strikes on a
/// facility near Albu Kamal, ..., and a safe house near Mayadin"): joined to it by "and" with no
/// other place between, and far enough apart to be another target.
fn also_struck<'g>(s: &str, targets: &[Target<'g>], main: usize) -> Vec<(&'g Place, String)> {
    let mut chosen = vec![main];
    // A list is joined item by item outward from the main target, whichever side it stands on: the
    // items before it are reached once those between are chosen.
    loop {
        let before = chosen.len();
        also_struck_pass(s, targets, &mut chosen);
        if chosen.len() == before {
            break;
        }
    }
    chosen[1..].iter().map(|&i| (targets[i].place, targets[i].text.clone())).collect()
}

fn also_struck_pass(s: &str, targets: &[Target<'_>], chosen: &mut Vec<usize>) {
    for (i, t) in targets.iter().enumerate() {
        // A region holds the towns named beside it ("a base in Anbar"); a province is another target
        // when it holds none of them ("two bases, in Anbar province and near Erbil"), a region
        // without bounds never.
        // "..., and the Ayn al-Asad airbase strike was retaliation": an attack named by its place,
        // told before, not another target of this one.
        let region = t.place.kind.geo_precision() == crate::model::GeoPrecision::Region;
        let bounded = t.place.kind == PlaceKind::Governorate;
        // "the field and its surroundings in the eastern countryside of Deir ez-Zor": where the
        // target lies, not another target.
        if chosen.contains(&i)
            || (region && (!bounded || chosen.iter().any(|&c| holds(t.place, targets[c].place))))
            || NAMES_AN_ATTACK.is_match(&s[t.span.end..])
            || AREA_OF.is_match(&s[..t.span.start])
        {
            continue;
        }
        let far = chosen.iter().all(|&c| another_target_apart(targets[c].place, t.place));
        // The nearest chosen target in the text, with only words (or the regions it lies in:
        // "the X airbase in Anbar, western Iraq, as well as another airbase in Erbil") between them.
        // So may the town a chosen site lies in ("the X base in Damascus and Y in Sweida").
        let where_it_lies = |k: usize| {
            let p = targets[k].place;
            p.kind.geo_precision() == crate::model::GeoPrecision::Region
                || (p.kind.geo_precision() == crate::model::GeoPrecision::Town
                    && k > 0
                    && chosen.contains(&(k - 1))
                    && targets[k - 1].place.kind.geo_precision() == crate::model::GeoPrecision::Site
                    && IN_OR_NEAR.is_match(&s[targets[k - 1].span.end..targets[k].span.start])
                    && !another_target_apart(p, targets[k - 1].place))
        };
        let beside = chosen.iter().copied().find(|&c| (c.min(i) + 1..c.max(i)).all(where_it_lies));
        let joined = beside.is_some_and(|c| {
            let between =
                if c < i { &s[targets[c].span.end..t.span.start] } else { &s[t.span.end..targets[c].span.start] };
            // "on the road between Qamishli and Qahtaniyah": one place between two towns. A clause
            // opening on a weapon of its own may be longer ("six drones at A and four missiles at
            // the headquarters of the party of B").
            let first = targets[c.min(i)].span.start;
            let parallel = || {
                static AND_THE_WEAPON: LazyLock<Regex> =
                    LazyLock::new(|| Regex::new(r"^\W*(?:and|as well as)\s+(?:[\w-]+\s+){0,3}").unwrap());
                AND_THE_WEAPON.find(between).is_some_and(|m| !facts::weapons(m.as_str()).is_empty())
            };
            // "X, operated by ..., and at 7 am another drone struck Y": a clause of its own whose verb
            // strikes Y.
            let own_clause = || {
                static AND_STRUCK: LazyLock<Regex> = LazyLock::new(|| {
                    Regex::new(r"(?i)[,;]\s*(?:and|while)\b[^;]*\b(?:struck|hit|targeted|attacked|bombed|shelled|pounded)\s+(?:the\s+)?$").unwrap()
                });
                c < i && between.len() <= 200 && AND_STRUCK.is_match(between)
            };
            let short = between.len() <= 80 || (between.len() <= 140 && parallel()) || own_clause();
            ((short && AND.is_match(between)) || listed(between, &s[targets[c.max(i)].span.end..]))
                && !BETWEEN.is_match(&s[..first])
        });
        if far && joined {
            chosen.push(i);
        }
    }
}

/// "a depot in Mayadin, three trucks near the town of Albu Kamal, a post near the T-2 station, and a
/// checkpoint in Deir ez-Zor": the items of a list of targets between two of its places, each
/// its own noun placed by a preposition, the list closed by "and".
fn listed(between: &str, after: &str) -> bool {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^\s*(?:and\s+|as well as\s+)?(?:an?|another|{}|several)\s+(?:[\w'’-]+\s+){{0,5}}?(?:in|near|at|outside)\b[\w\s'’-]{{0,80}}$",
            facts::SMALL_NUMBER
        ))
        .unwrap()
    });
    // Past the comma that closes the first place, each item up to the next place.
    between.len() <= 200
        && between.trim_start().starts_with(',')
        && (AND.is_match(between) || AND.is_match(after))
        && between.split(',').skip(1).all(|item| ITEM.is_match(item))
}

/// Whether two places lie too far apart to be one target, at the coarser one's precision.
fn another_target_apart(a: &Place, b: &Place) -> bool {
    let one_target = GeoPrecision::one_target_km(Some(a.kind.geo_precision()), Some(b.kind.geo_precision()));
    geodesy::distance_km(a.location, b.location) > one_target
}

/// Only a preposition of where between a site and the town after it: "the base in Damascus".
static IN_OR_NEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^,?\s*(?:in|near|outside|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$").unwrap());

/// "the countryside of Deir ez-Zor", "the district of Qaim": the area a target lies in, named by
/// its town.
static AREA_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:district|countryside|outskirts|environs|hinterland)\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    )
    .unwrap()
});

/// A place name followed by an attack noun: "the Al-Asad airbase strike".
static NAMES_AN_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:air ?base|base|airport|camp|field)\s+)?(?:rocket\s+|missile\s+|drone\s+)?(?:strike|attack|bombing|assault)s?\b").unwrap()
});

static BETWEEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bbetween\s+(?:the\s+)?(?:(?:towns?|city|cities|villages?)\s+of\s+)?$").unwrap());
// "..., while one drone was shot down near the airport": a clause of its own, parallel to the first.
/// The words joining two targets; "X had been hit, as had Y" too.
static AND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:and|as well as|while|whereas|as (?:had|has|have|was|were|did))\b").unwrap());

/// "Separate attacks in Diyala on Sunday left five dead": attacks other than the one told, whose
/// day the attacks told after it without one share, and whose toll is theirs.
static SEPARATE_ATTACKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:separate|several other|other)\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|raids|incidents|bombings)\b",
    )
    .unwrap()
});

/// "On that day", "the same day", "During that strike, ...": the day told just before.
static THAT_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:on that (?:same )?day|that same day|on the same day)\b|^\W*(?:during|in) (?:that|this) (?:[\w-]+\s+)?(?:strike|attack|raid|bombing|operation)\b").unwrap()
});

/// "..., state media reported Wednesday", "the firm on 12 June said", "said the Observatory for
/// Human Rights on Saturday", "a court sentenced four men on Sunday": whether the day named at `at`
/// is the one something was said or done about the attack on.
fn said_at(s: &str, at: usize) -> bool {
    static SAID_ON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:said|says|told|announced|stated|reported|confirmed|issued|released|published|statement)(?:\s+the)?(?:\s+\w+|(?:\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?:for|of|on|in|and))?){1,8})?\s+(?:on\s+|late\s+|early\s+)?$",
        )
        .unwrap()
    });
    // "The company on 12 June said ...": the day before the verb of saying.
    static ON_IT_SAID: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[\w.]+(?:\s+[\w.]+){0,2}?,?\s+(?:said|says|announced|stated|told|confirmed|reported)\b")
            .unwrap()
    });
    // "A court sentenced four men to life in prison on Sunday for targeting the airport last
    // January": the day of a court's or a police act on the attack, not the attack's.
    static JUSTICE_ON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:sentenced|convicted|jailed|imprisoned|arrested|detained|charged|indicted|acquitted|executed|hanged)\b[^,;.]{0,60}?\s+(?:on\s+|late\s+|early\s+)?$").unwrap()
    });
    SAID_ON.is_match(&s[..at]) || ON_IT_SAID.is_match(&s[at..]) || JUSTICE_ON.is_match(&s[..at])
}

/// The dates a sentence gives that may be an attack's: not the day something was said about an
/// attack of a vaguer time, nor the day of a briefing.
fn attack_dates(s: &str, published: Option<chrono::NaiveDate>, month_first: bool) -> Vec<dates::DateRef> {
    let mut dates = dates::references(s, published, month_first);
    // "During a Monday press conference, the spokesman said the strike ...": the day of the briefing.
    static BRIEFING_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\s+(?:press\s+conference|news\s+conference|press\s+briefing|briefing|statement|interview|speech|televised\s+address)\b").unwrap()
    });
    dates.retain(|d| !BRIEFING_DAY.is_match(&s[d.at..]));
    // "No: 45, 3 March 2019, Press Release on the bombing": the day of the release.
    static RELEASE_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[\w .]{3,25}?,?\s+(?:press release|press statement|statement|communiqu[eé])\b").unwrap()
    });
    dates.retain(|d| !RELEASE_DAY.is_match(&s[d.at..]));
    // "The attacks began on Monday, the second anniversary of a US strike that killed ...": the day
    // the strike is remembered on, not its day.
    static ANNIVERSARY_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[\w ]{3,25}?,?\s+(?:the|its|marking the|which marked the|which was the)\s+(?:[\w-]+\s+)?anniversary\s+of\b").unwrap()
    });
    dates.retain(|d| !ANNIVERSARY_DAY.is_match(&s[d.at..]));
    // "around 12:20 a.m. (2120 GMT on Sunday)": the hour told in universal time, whose day is the
    // attack's told in another zone, not a day of its own.
    static UNIVERSAL_TIME: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\((?:[^()]*\s)?\d{1,2}:?\d{2}\s*(?:GMT|UTC)[^()]*\)").unwrap());
    let asides: Vec<_> = UNIVERSAL_TIME.find_iter(s).map(|m| m.range()).collect();
    dates.retain(|d| !asides.iter().any(|r| r.contains(&d.at)));
    // "a road to the province of Sweida that witnessed deadly clashes last month": the time of what a
    // place went through, told after it.
    static PLACE_WENT_THROUGH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:that|which|where)\s+(?:has\s+|had\s+)?(?:witnessed|saw|seen|experienced|suffered)\b")
            .unwrap()
    });
    if let Some(m) = PLACE_WENT_THROUGH.find(s) {
        dates.retain(|d| d.at < m.start());
    }
    // "Officials said on Monday that Iran was behind a drone attack last week", "the coalition
    // confirmed on Sunday that its forces were attacked on September 11": the day is the saying's,
    // and the attack is told by a time of its own; without one the saying's day stands.
    if VAGUE_TIME.is_match(s) || dates.iter().any(|d| !said_at(s, d.at)) {
        dates.retain(|d| !said_at(s, d.at));
    }
    dates
}

fn read<'g>(
    sentence: &str,
    published: Option<chrono::NaiveDate>,
    month_first: bool,
    groups_told: GroupsTold,
    g: &'g Gazetteer,
) -> Option<Report<'g>> {
    // "How many attacks must happen before ...?": a question tells no attack.
    if sentence.trim_end().trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?') {
        return None;
    }
    let cut = without_another_attack(sentence);
    let s: &str = &cut;
    // "Two hours after the morning attack, the minister was in Baghdad": the attack is the one told
    // before, and the sentence's own clause tells none.
    if let Some(m) = AFTER_THE_ATTACK_OPENING.find(s)
        && !tells_event(&s[m.end()..])
        && facts::weapons(&s[m.end()..]).is_empty()
    {
        return None;
    }
    // "A rocket attack killed a contractor at Taji, leading the US to launch airstrikes": what the
    // attack led to is not its weapon.
    static LED_TO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),\s+(?:leading|prompting|triggering|sparking|provoking|which\s+(?:led|prompted|triggered|sparked|provoked))\b").unwrap()
    });
    let weapons = facts::weapons(s);
    let weapons = match LED_TO.find(s) {
        Some(m) if weapons.iter().any(|w| w.0 < m.start()) => weapons.into_iter().filter(|w| w.0 < m.start()).collect(),
        _ => weapons,
    };
    // "The shell struck the K1 air base": a projectile word names what struck, if not its class.
    let projectile = || lexicon::Lexicon::embedded().tag(s).iter().any(|h| h.tag.countable());
    // Telegraphic logs ("11 Mar 2020 — Taji: 18 x 107mm rockets") state an event without a verb.
    // "Four shells hit the runway": projectiles of no class are counted all the same.
    let count = if weapons.is_empty() && !projectile() { None } else { facts::count(s) };
    let mut dates =
        if tells_event(s) || count.is_some() { attack_dates(s, published, month_first) } else { return None };
    let mut date = dates.first().copied();
    let logged = count.is_some() && date.is_some();
    // Without a weapon word only a singular "attack" is an event ("attacks on bases" is generic), or
    // a site struck on a given day (checked below, once the place is known).
    let bare = weapons.is_empty() && !ONE_ATTACK.is_match(s) && !projectile() && !AIR_POWER_STRUCK.is_match(s);
    // "bracing since the 1st of April, when a strike levelled the annex": the clause after "when"
    // tells the event, the "since" before it is no cumulative count.
    let (before_since, told) = SINCE_WHEN.find(s).map_or(("", s), |m| (&s[..m.start()], &s[m.end()..]));
    // "A series of rocket attacks targeted the field in 2022": attacks of a month or a year, told
    // as one event of that period; a tally since a day ("46 times since October") stays none.
    static A_SERIES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:a|the)\s+(?:series|string|wave|spate)\s+of\b").unwrap());
    let opens_on_a_series = A_SERIES.find(s).is_some_and(|m| !s[..m.start()].chars().any(char::is_alphanumeric));
    let of_a_period = opens_on_a_series
        && date.is_some_and(|d| d.precision != DatePrecision::Day)
        && !s.to_lowercase().contains("since");
    // "At dawn on Monday, jets launched a series of strikes on X", "on Saturday warplanes carried out
    // several airstrikes near the dam": one day's wave (a day told, or a weekday on an undated page).
    static STRIKES_OF_A_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:(?:a|the)\s+(?:series|string|wave|spate)\s+of|(?:carried out|launched|conducted)\s+(?:several|multiple|a number of|\d+)\s+(?:[\w-]+\s+)?(?:air\s?strikes|strikes|raids))\b").unwrap()
    });
    let a_day_told =
        date.is_some_and(|d| d.precision == DatePrecision::Day) || (date.is_none() && !dates::named_days(s).is_empty());
    // "A string of rocket attacks on bases has heightened tensions and led to a Feb. 25 airstrike":
    // the series is what brought on the day's event, not that day's wave.
    static SERIES_BROUGHT_ON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W*(?:a|the)\s+(?:series|string|wave|spate)\s+of\b[^.;]*?\b(?:has|have|had)\s+(?:\w+\s+)?(?:heightened|raised|fuel(?:l)?ed|prompted|led|sparked|increased|stoked|escalated|deepened|worsened|triggered)\b").unwrap()
    });
    let days_wave = a_day_told && STRIKES_OF_A_DAY.is_match(s) && !SERIES_BROUGHT_ON.is_match(s);
    // "Previous rocket attacks hit the embassy on October 31, 2019 and in September 2019": earlier
    // attacks told one by one with their dates, not a tally.
    static PREVIOUS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:previous|past|prior)\s").unwrap());
    let told_one_by_one = dates.len() >= 2;
    let aggregate = |clause: &str| match (days_wave, told_one_by_one) {
        (true, _) => aggregate(&STRIKES_OF_A_DAY.replace_all(clause, "")),
        (false, true) => aggregate(&PREVIOUS.replace_all(clause, "")),
        (false, false) => aggregate(clause),
    };
    if !(tells_event(s) || logged)
        // "repelled attacks on the naval base on January 6": a site's attacks of a day, checked below.
        || (bare && !STRUCK.is_match(s) && !ATTACKS_ON_A_DAY.is_match(s))
        || (aggregate(event_clause(told)) && !of_a_period)
        // "have come under attack 102 times since October 17, when the attacks started".
        || aggregate(before_since)
        // "Since the beginning of this month, drones have hit three vehicles": a tally over a period.
        || PERIOD_OPENING.is_match(told)
        || NOT_EVENT.is_match(&CUES_OF_THE_ATTACK_DONE.replace_all(&ATTACK_BLAMED_ON.replace_all(event_clause(told), ""), ""))
        || DENIAL.is_match(event_clause(told))
        || NO_ATTACK_AFTER_ALL.is_match(s)
        || ranked_again(s)
        || DEFENCE_HEARD.is_match(s)
        || SWEEP_AFTER.is_match(s)
        || SMUGGLING.is_match(s)
        || NATURE_STRUCK.is_match(s)
        || PROTESTERS_STORMED.is_match(s)
        || only_dated_by_an_attack_before(s)
    {
        return None;
    }
    // The weapon word nearest the date reference names this event's weapon ("airstrikes followed drone strikes early Saturday").
    let launch = facts::launch(s);
    // A place named in the launch site ("fired from near Nineveh province") is not the target.
    let mut target_text = match &launch {
        Some(l) => s.replacen(&l.site, "", 1),
        None => s.to_string(),
    };
    // "Before hitting the base at X, the group said Y and Z had also been attacked": the opening
    // recalls the attack told; the targets are the clause's own, where it names any.
    static OPENS_ON_ANOTHER_STRIKE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W*(?:before|after|besides|in addition to)\s+\w+ing\s+[^,;]{3,80},").unwrap()
    });
    if let Some(m) = OPENS_ON_ANOTHER_STRIKE.find(&target_text)
        && !targets_of(&target_text[m.end()..], g).is_empty()
    {
        target_text.replace_range(..m.end(), &" ".repeat(m.end()));
    }
    if let std::borrow::Cow::Owned(t) = without_plans(&target_text) {
        target_text = t;
    }
    let targets = targets_of(&target_text, g);
    let main = most_specific(&target_text, &targets);
    let place = main
        .map(|i| (targets[i].place, targets[i].text.clone()))
        .or_else(|| launch.as_ref().and_then(|l| target_in_launch(&l.site, g)));
    let also = main.map(|i| also_struck(&target_text, &targets, i)).unwrap_or_default();
    let beside: Vec<&Place> = match main {
        Some(m) => targets
            .iter()
            .enumerate()
            .filter(|&(i, t)| {
                i != m
                    && !also.iter().any(|(p, _)| p.id == t.place.id)
                    && t.place.kind.geo_precision() == GeoPrecision::Site
                    && targets[m].place.kind.geo_precision() == GeoPrecision::Site
                    && geodesy::distance_km(t.place.location, targets[m].place.location) <= LANDMARK_KM
            })
            .map(|(_, t)| t.place)
            .collect(),
        None => Vec::new(),
    };
    // "struck at dawn today the occupation base at the Koniko field": a named site and a day.
    let site = place.as_ref().is_some_and(|(p, _)| p.kind.geo_precision() == crate::model::GeoPrecision::Site);
    // "Hours earlier, they also targeted the base at al-Tanf": a site struck on the story's day.
    let story_goes_on = || ALSO.is_match(s) || days_from_previous(s) == Some(0);
    // "Iranian forces bombed camps in Koya, killing nine", "killed in gunfire at the gates of the
    // base": a place struck with its toll.
    static LOCATIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:in|near|at|outside|around|within)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:town|city|village|gates?|entrance|outskirts|perimeter) of\s+(?:the\s+)?)?$|\b(?:district|area|village|countryside|outskirts) of\s+$").unwrap()
    });
    // The place, finer than a region, told right after words of this pattern.
    let placed_after = |words: &Regex| {
        place.as_ref().is_some_and(|(p, text)| {
            p.kind.geo_precision() != crate::model::GeoPrecision::Region
                && s.find(text.as_str()).is_some_and(|at| words.is_match(&s[..at]))
        })
    };
    let town_with_toll = || {
        placed_after(&LOCATIVE) && {
            let (killed, injured) = facts::casualties(s).figures();
            killed.unwrap_or(0) > 0 || injured.unwrap_or(0) > 0
        }
    };
    // On an undated page "on Wednesday" tells a day all the same, though not which.
    let a_day_told = date.is_some_and(|d| d.precision != DatePrecision::Year)
        || (published.is_none() && dates::tells_a_day_of_the_story(s));
    // "Headquarters were targeted in Koya and Mawat districts": the places a wave told before fell
    // on, named by the passive of a strike.
    static STRUCK_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:was|were)\s+(?:also\s+)?(?:targeted|struck|hit|attacked|shelled|bombed|bombarded)(?:\s+and\s+(?:destroyed|damaged|burned|burnt))?\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:district|town|city|village|area|vicinity|outskirts)\s+of\s+){0,2}$").unwrap()
    });
    // "Gunmen opened fire on an army bus near Mayadin on Thursday": a thing struck, on a day told.
    static THING_STRUCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:a|an|the|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}?(?:bus(?:es)?|minibus(?:es)?|convoys?|patrols?|checkpoints?|outposts?|(?:security|military|army|police)\s+(?:posts?|points?|positions?)|vehicles?|cars?|trucks?|tankers?)\b").unwrap()
    });
    let thing_struck = || a_day_told && place.is_some() && THING_STRUCK.is_match(event_clause(s));
    if bare
        && !(site && (a_day_told || story_goes_on()))
        && !town_with_toll()
        && !placed_after(&STRUCK_IN)
        && !thing_struck()
    {
        return None;
    }
    // "The attack in Irbil on Feb. 15 carried echoes of another attack in December 2019": a date
    // told after another attack, once the target is told, is that attack's.
    let target_at = place.as_ref().and_then(|(_, text)| s.find(text.as_str()));
    // "... along the road where Sunday's attack occurred": a day inside the words of another attack
    // is that attack's, when the sentence tells another.
    let in_another: Vec<std::ops::Range<usize>> = ANOTHER_ATTACK_TOLD.find_iter(s).map(|m| m.range()).collect();
    let inside = |d: &dates::DateRef| in_another.iter().any(|r| r.contains(&d.at));
    if dates.iter().any(inside) && !dates.iter().all(inside) {
        dates.retain(|d| !inside(d));
        date = dates.first().copied();
    }
    // "..., the town of Azaz, which the army entered on Thursday": a day told in a clause about the
    // place, with no attack of its own, is the place's.
    static ABOUT_THE_PLACE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r",\s+(?:which|where|whose)\s[^;]*").unwrap());
    if let Some((_, text)) = &place
        && let Some(at) = s.find(text.as_str()).map(|at| at + text.len())
        && let Some(m) = ABOUT_THE_PLACE.find(&s[at..]).filter(|m| m.start() == 0 && !tells_event(m.as_str()))
    {
        let clause = at + m.start()..at + m.end();
        if dates.iter().any(|d| clause.contains(&d.at)) {
            dates.retain(|d| !clause.contains(&d.at));
            date = dates.first().copied();
        }
    }
    // "The base had been the scene of a similar raid on February 10": the other attack is the one the
    // sentence tells of the target, and its day is told after it.
    static UNDERWENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[^,;]{0,40}?\b(?:(?:came|comes|had come|has come)\s+under|(?:was|were|had been|has been)\s+(?:the\s+)?(?:target|scene|site)\s+of|(?:was|were|had been|has been)\s+(?:targeted|hit|struck)\s+(?:in|by)|suffered|witnessed|saw|faced)\s*$").unwrap()
    });
    if let Some((at, len)) = place.as_ref().and_then(|(_, text)| Some((s.find(text.as_str())?, text.len())))
        && let Some(other) = ANOTHER_ATTACK_TOLD.find_iter(s).find(|m| m.start() > at)
        && !(other.start() >= at + len && UNDERWENT.is_match(&s[at + len..other.start()]))
    {
        dates.retain(|d| d.at < other.end());
        date = dates.first().copied();
    }
    // Several dates: a day over a month ("aircraft struck in December after a rocket attack on K-1
    // air base killed a contractor on Dec. 27"), then the one told nearest the target.
    if dates.len() > 1
        && let Some(at) = target_at
    {
        let coarseness = |p: DatePrecision| match p {
            DatePrecision::Day => 0,
            DatePrecision::Month => 1,
            DatePrecision::Year => 2,
        };
        date = dates.iter().min_by_key(|d| (coarseness(d.precision), d.at.abs_diff(at))).copied();
    }
    // The weapon word nearest the target names its weapon ("a rocket attack on K1 killed a contractor
    // and led Washington to an airstrike"), else the one nearest the date.
    let anchor = target_at.or(date.map(|d| d.at)).unwrap_or(0);
    let nearest =
        |anchor: usize| weapons.iter().min_by_key(|(at, _)| at.abs_diff(anchor)).map_or(Weapon::Unknown, |w| w.1);
    let weapon = nearest(anchor);
    let weapon_rule = match (weapons.len(), place.is_some()) {
        (0, _) => "",
        (1, _) => "weapon/word",
        (_, true) => "weapon/nearest-target",
        (_, false) => "weapon/nearest-date",
    };
    // Each other target struck is of the weapon named in its own clause ("targeted the base in
    // Sulaimaniyah with six drones and the one in Koya with four missiles"), with that clause's
    // count; else of the weapon named nearest it ("shelling of Damascus, and four rockets hit the
    // Aleppo airport").
    let mut weapon = weapon;
    let mut weapon_rule = weapon_rule;
    let mut count = count;
    let mut own_count = false;
    let spans: Vec<_> = place
        .iter()
        .map(|(_, text)| text)
        .chain(also.iter().map(|(_, text)| text))
        .map(|text| s.find(text.as_str()).map(|at| at..at + text.len()))
        .collect::<Option<_>>()
        .unwrap_or_default();
    // Only when every clause names its weapon: "fired 15 missiles at A and at B" tells one volley
    // at both.
    // "Two drones hit field A and a third struck field B": one more of the weapon told before.
    static ONE_MORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W*(?:and\s+|while\s+)?(?:a|the)\s+(?:second|third|fourth|fifth|sixth)\b(?:\s+one)?\s+(?:struck|hit|landed|fell|crashed|targeted|exploded)\b").unwrap()
    });
    let clauses = if also.is_empty() { None } else { clauses_of_targets(s, &spans) }.filter(|c| {
        c.iter().all(|r| !facts::weapons(&s[r.clone()]).is_empty() || ONE_MORE.is_match(&s[r.clone()]))
            && c.iter().any(|r| !facts::weapons(&s[r.clone()]).is_empty())
    });
    let of_its_clause = |k: usize| {
        let clause = clauses.as_ref().map(|c| &s[c[k].clone()])?;
        match facts::weapons(clause).first() {
            Some(w) => Some((w.1, facts::count(clause))),
            None => Some((facts::weapons(s).first()?.1, Some((Some(1), Some(1))))),
        }
    };
    if let Some((w, c)) = of_its_clause(0) {
        (weapon, weapon_rule, count, own_count) = (w, "weapon/of-its-clause", c, true);
    }
    let also = also
        .into_iter()
        .enumerate()
        .map(|(k, (p, text))| match of_its_clause(k + 1) {
            Some((w, c)) => (p, text, w, c),
            None => {
                let w = s.find(text.as_str()).map_or(weapon, nearest);
                (p, text, w, None)
            }
        })
        .collect();
    // An attack told abroad with no place here ("a raid on northern Israel") is none of ours.
    if place.is_none() && struck_abroad(s, g).is_some() {
        return None;
    }
    // A response told without a place of its own is a detail of the attack: its toll is not.
    let toll = if place.is_none() && RESPONSE.is_match(s) { Default::default() } else { facts::casualties(s) };
    let claim = claimant(s, groups_told);
    let attacker = facts::attacker(s);
    let (weapon, weapon_rule) = if weapon == Weapon::Unknown && AIR_POWER_STRUCK.is_match(s) {
        (Weapon::Airstrike, "weapon/strike-by-an-air-power")
    } else {
        (weapon, weapon_rule)
    };
    let range = facts::stated_range(s);
    let why = Why {
        date: match date {
            Some(d) if said_at(s, d.at) => DAY_IT_WAS_SAID,
            Some(_) => "date/stated",
            None => "",
        },
        place: match (main, &place) {
            (Some(_), _) => "place/target",
            (None, Some(_)) => "place/in-launch-phrase",
            _ => "",
        },
        weapon: weapon_rule,
        count: match (count.is_some(), own_count) {
            (true, true) => COUNT_OF_ITS_CLAUSE,
            (true, false) => "count/number-before-weapon",
            _ => "",
        },
        killed: toll.killed.map_or("", |f| f.rule),
        injured: toll.injured.map_or("", |f| f.rule),
        claim: claim.as_ref().map_or("", |c| c.1),
        attacker: if attacker.is_some() { "attacker/subject-or-by" } else { "" },
        launch: if launch.is_some() { "launch/launched-from" } else { "" },
        range: if range.is_some() { "range/stated" } else { "" },
    };
    // "Masyaf was attacked in 2018 and August 2019", "on January 8, October 31, 2019 and also in
    // May", "two attacks, one on Nov. 8 and the other in the evening of Nov. 9": a list of dates,
    // each an attack on the place.
    static DATE_LIST_JOIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[\w.]+(?:,?\s+[\w.]+){0,2}?(?:,\s+|,?\s+(?:and|or)\s+(?:also\s+|again\s+|(?:the\s+)?(?:other|second|another|last)(?:\s+one)?\s+(?:[\w-]+\s+){0,3}?)?(?:in\s+|on\s+|of\s+)?)$")
            .unwrap()
    });
    // "the night between Monday and Tuesday", "from May 3 to May 5": one span, not a list.
    static SPAN_OPENING: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:between|from)\s+(?:the\s+)?$").unwrap());
    // "Earlier this week, two attacks hit the base, on Nov. 8 and Nov. 9": the days after a
    // coarser time that opens the sentence.
    let days_from = dates.iter().position(|d| d.precision == DatePrecision::Day).filter(|&k| k + 1 < dates.len());
    let list = |from: usize| {
        let days = &dates[from..];
        days.len() > 1
            && place.is_some()
            && !SPAN_OPENING.is_match(&s[..days[0].at])
            && days.windows(2).all(|w| DATE_LIST_JOIN.is_match(&s[w[0].at..w[1].at]))
    };
    let listed = if list(0) { Some(0) } else { days_from.filter(|&k| k > 0 && list(k)) };
    let (date, other_dates) = match listed {
        Some(k) => (dates.get(k).copied(), dates[k + 1..].to_vec()),
        None => (date, Vec::new()),
    };
    let (killed, injured) = toll.figures();
    Some(Report {
        text: sentence.to_string(),
        shelling_only: shelling_only(sentence),
        date,
        place,
        weapon,
        count,
        killed,
        injured,
        claim: claim.map(|c| c.0),
        attacker,
        launch,
        range,
        also,
        other_dates,
        beside,
        span: None,
        why,
        link: "event",
    })
}

/// The rule of a count told in a target's own clause of a sentence naming several.
const COUNT_OF_ITS_CLAUSE: &str = "count/of-its-clause";

/// The clause of each target of a sentence naming several (`spans`, where each is named), cut at
/// the last "and" or comma between one target and the next: "targeted the base in Sulaimaniyah with
/// six drones | and the one in Koya with four missiles". None when two targets are not so parted.
fn clauses_of_targets(s: &str, spans: &[std::ops::Range<usize>]) -> Option<Vec<std::ops::Range<usize>>> {
    static JOIN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r",\s+|\s+and\s+").unwrap());
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| spans[i].start);
    let mut cuts = vec![0];
    for w in order.windows(2) {
        let (a, b) = (&spans[w[0]], &spans[w[1]]);
        if a.end > b.start {
            return None;
        }
        let join = JOIN.find_iter(&s[a.end..b.start]).last()?;
        cuts.push(a.end + join.start());
    }
    cuts.push(s.len());
    let mut out = vec![0..0; spans.len()];
    for (k, &i) in order.iter().enumerate() {
        out[i] = cuts[k]..cuts[k + 1];
    }
    Some(out)
}

/// "9 drones at A and another four at B", told of attacks on A and B already drafted, with no toll
/// or claim: the count of each clause for the draft at its place. The later clauses may leave their
/// weapon to the first ("another three").
fn counts_of_each_target(s: &str, g: &Gazetteer, drafts: &[Draft]) -> Vec<(usize, facts::Count)> {
    static ANOTHER_N: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^\W*(?:and\s+|while\s+)?(?:another|a further|the other|the remaining)?\s*({})\s+(?:at|on|against|toward|towards|into|in|targeted|hit|struck)\b",
            facts::SMALL_NUMBER
        ))
        .unwrap()
    });
    // Cheap first: most sentences with no attack of their own have no two numbers to give.
    static NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)\b{}\b", facts::SMALL_NUMBER)).unwrap());
    if NUMBER.find_iter(s).nth(1).is_none() {
        return Vec::new();
    }
    let targets = targets_of(s, g);
    if targets.len() < 2 || facts::casualties(s).figures() != (None, None) || facts::claim(s).is_some() {
        return Vec::new();
    }
    let spans: Vec<_> = targets.iter().map(|t| t.span.clone()).collect();
    let Some(clauses) = clauses_of_targets(s, &spans) else { return Vec::new() };
    let mut out = Vec::new();
    for (t, clause) in targets.iter().zip(clauses) {
        let clause = &s[clause];
        let count = facts::count(clause).or_else(|| {
            let n = ANOTHER_N.captures(clause)?.get(1)?;
            let n = u32::try_from(numbers::value(n.as_str())?).ok()?;
            Some((Some(n), Some(n)))
        });
        // "at Tartus" after "the Tartus naval base": the site the town's name told.
        let named = format!("{} ", t.text.to_lowercase());
        let draft = drafts.iter().position(|d| {
            d.place().is_some_and(|p| p.id == t.place.id)
                || d.place_told().is_some_and(|(p, text)| {
                    p.kind.geo_precision() == GeoPrecision::Site && text.to_lowercase().starts_with(&named)
                })
        });
        match (count, draft) {
            (Some(c), Some(i)) if !out.iter().any(|(j, _)| *j == i) => out.push((i, c)),
            _ => return Vec::new(),
        }
    }
    out
}

/// Cheap test for the words every detail reader needs, so most sentences skip them all.
/// The toll's words are the ones `facts::casualties` reads.
static DETAIL: LazyLock<Regex> = LazyLock::new(|| {
    let tolls = [facts::DEATH_CUES, facts::HURT_CUES, facts::TOLL_CUES].concat();
    let tolls = tolls.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
    Regex::new(&format!(r"(?i){tolls}|harm|rocket|missile|drone|mortar|shell|projectile|claim|responsib|credit|statement|communiq|according to|reported by|released|carried out|behind|launched|fired|lobbed|shot|range|(?:said|says|confirmed|announced) (?:that )?(?:it|they) ")).unwrap()
});

/// The details a sentence without an attack event of its own adds to the incident it follows.
fn context<'g>(sentence: &str, groups_told: GroupsTold) -> Option<Report<'g>> {
    // "The conflict has claimed 21,000 lives": the toll of a war, of no one attack; "security forces
    // have killed 339 protesters": the toll of a crackdown; "the group has been responsible for the
    // deaths of 40,000": a record; an earthquake's or an epidemic's ("2,581 new coronavirus cases, 1
    // death in 24 hours", a headline of another story) is of none.
    static WAR_TOLL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:war|conflict|genocide|campaign|insurgency)\s+(?:[\w-]+\s+){0,3}?(?:has|have|had)\s+(?:so far\s+|now\s+)?(?:claimed|killed|left)\b|\b(?:protesters|demonstrators|crackdown)\b|\b(?:has|have|had)\s+been\s+responsible\s+for\s+(?:the\s+)?(?:deaths?|killings?)\s+of\b|\b(?:coronavirus|covid(?:-19)?|pandemic|virus|cholera|infections?|new cases)\b").unwrap()
    });
    if !DETAIL.is_match(sentence) || WAR_TOLL.is_match(sentence) || NATURE_STRUCK.is_match(sentence) {
        return None;
    }
    // "..., in retaliation for a strike in which two officers were killed", "leaders called the raid
    // revenge for a rocket attack that killed two": another attack's figures and weapon.
    let cut = without_another_attack(sentence);
    let s: &str = ANSWERS.find(&cut).map_or(&cut, |m| &cut[..m.start()]);
    let mut toll = if RESPONSE.is_match(s) { Default::default() } else { facts::casualties(s) };
    // "It fits a pattern of strikes, one of which killed three": the dead of other attacks
    // ("attacked four times, but there were no casualties" holds for each).
    let some = |f: Option<facts::Figure>| f.is_some_and(|f| f.n > 0);
    if (some(toll.killed) || some(toll.injured)) && aggregate(s) {
        let none = |f: Option<facts::Figure>| f.filter(|f| f.n == 0);
        toll = facts::Casualties { killed: none(toll.killed), injured: none(toll.injured) };
    }
    // "At least eight rockets caused damage inside the base": the count of the attack just told.
    let weapon = facts::weapons(s).first().map_or(Weapon::Unknown, |w| w.1);
    // "Monitors documented 26 attacks this year: 19 airstrikes ...": a tally's count is of no attack.
    let count = if weapon == Weapon::Unknown || aggregate(s) { None } else { facts::count(s) };
    let claim = claimant(s, groups_told);
    let attacker = facts::attacker(s);
    let launch = facts::launch(s);
    let range = facts::stated_range(s);
    let why = Why {
        weapon: if weapon == Weapon::Unknown { "" } else { "weapon/word" },
        count: if count.is_some() { "count/number-before-weapon" } else { "" },
        killed: toll.killed.map_or("", |f| f.rule),
        injured: toll.injured.map_or("", |f| f.rule),
        claim: claim.as_ref().map_or("", |c| c.1),
        attacker: if attacker.is_some() { "attacker/subject-or-by" } else { "" },
        launch: if launch.is_some() { "launch/launched-from" } else { "" },
        range: if range.is_some() { "range/stated" } else { "" },
        ..Why::default()
    };
    let (killed, injured) = toll.figures();
    let r = Report {
        text: sentence.to_string(),
        shelling_only: shelling_only(sentence),
        date: None,
        place: None,
        weapon,
        count,
        killed,
        injured,
        claim: claim.map(|c| c.0),
        attacker,
        launch,
        range,
        also: Vec::new(),
        other_dates: Vec::new(),
        beside: Vec::new(),
        span: None,
        why,
        link: "detail-follows",
    };
    (r.count.is_some()
        || r.killed.is_some()
        || r.injured.is_some()
        || r.claim.is_some()
        || r.launch.is_some()
        || r.range.is_some())
    .then_some(r)
}

/// The armed groups a sentence's "the group" and "a group" may refer to.
#[derive(Clone, Copy, Default)]
struct GroupsTold<'a> {
    /// The group named last before the sentence.
    earlier: Option<&'a str>,
    /// The name the next sentence gives a group: "The group, called X, ...".
    named_next: Option<&'a str>,
    /// Every group named before the sentence, first to last.
    named_before: &'a [String],
}

/// The group that claimed the attack a sentence tells: named there, "the group" named before, or
/// "a group" named in the next sentence.
fn claimant(s: &str, told: GroupsTold) -> Option<(String, &'static str)> {
    let (name, rule) = match facts::claim(s)? {
        (facts::Claim::Named(n), rule) => (n, rule),
        (facts::Claim::Earlier, rule) => (told.earlier.or(told.named_next)?.to_string(), rule),
        (facts::Claim::NamedNext, rule) => (told.named_next?.to_string(), rule),
        (facts::Claim::HeadOf(word), rule) => {
            let holds = |g: &&String| {
                g.split_whitespace().any(|w| w.trim_end_matches(['s', '’', '\'']) == word.trim_end_matches('s'))
            };
            (told.named_before.iter().rev().find(holds)?.clone(), rule)
        }
    };
    // "Iran's Islamic Revolutionary Guard Corps": the group's name, without its country's possessive.
    static COUNTRYS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Iran|Iraq|Syria|Turkey|Israel|Jordan|Lebanon|Russia|Yemen|America)['’]s\s+").unwrap()
    });
    let name = match COUNTRYS.find(&name) {
        Some(m) if m.end() < name.len() => name[m.end()..].to_string(),
        _ => name,
    };
    // "IS", "KH": a short acronym is shown with the name it stands for, "Islamic State (IS)";
    // a well-known longer one ("IRGC", "ISIS") as written.
    let acronym = name.len() <= 3 && name.chars().all(|c| c.is_ascii_uppercase());
    match groups::canonical(&name).filter(|c| acronym && *c != name) {
        Some(full) => Some((format!("{full} ({name})"), rule)),
        None => Some((name, rule)),
    }
}

/// How far apart two towns told by name may lie and still be one place (a town and its suburb).
const TOWN_AND_SUBURB_KM: f64 = 20.0;
/// How far apart two sites told by name may lie and still be told of one attack.
const NEIGHBOUR_SITES_KM: f64 = 25.0;

/// Places within 50 km of each other (two towns: within [`TOWN_AND_SUBURB_KM`]; two sites `named`
/// by their names: within [`NEIGHBOUR_SITES_KM`]), or unknown, may be the same target, and so may a
/// region and a place of the same country: "a strike in the Kurdistan region" is then told "on
/// Mount Sinjar".
fn compatible(a: Option<&Place>, b: Option<&Place>, named: impl Fn() -> bool) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            // Two towns told by name are one place only as a town and its suburb, never across a border
            // (Albu Kamal and al-Qaim); two sites only as neighbours ("Tower 22, near al-Tanf"; the
            // Khurmala field is not Erbil airport, 35 km off).
            use crate::model::GeoPrecision::{Site, Town};
            let both = |p: GeoPrecision| a.kind.geo_precision() == p && b.kind.geo_precision() == p;
            if both(Town) && a.country != b.country {
                return a.id == b.id;
            }
            let reach = if both(Town) {
                TOWN_AND_SUBURB_KM
            } else if both(Site) && named() {
                NEIGHBOUR_SITES_KM
            } else {
                50.0
            };
            a.id == b.id || geodesy::distance_km(a.location, b.location) <= reach || holds(a, b) || holds(b, a)
        }
        _ => true,
    }
}

/// A town that is its province's namesake seat (Duhok, Hasakah, Kirkuk).
fn is_seat(p: &Place) -> bool {
    p.kind.geo_precision() == GeoPrecision::Town && p.admin1.as_deref() == Some(p.name.as_str())
}

/// Whether a sentence names the province of the town `written` as a province ("Duhok province",
/// "the province of Duhok").
fn names_the_province(text: &str, written: &str) -> bool {
    let (text, written) = (text.to_lowercase(), written.to_lowercase());
    [format!("{written} province"), format!("{written} governorate"), format!("province of {written}")]
        .iter()
        .any(|p| text.contains(p.as_str()))
}

/// Whether `place` may lie in `region`: a governorate holds the places of its own province ("Erbil
/// province" is not Ain al-Asad, in Anbar); a region of no one province (the Kurdistan Region), or a
/// place whose province the gazetteer does not name by name, anything in its country.
fn holds(region: &Place, place: &Place) -> bool {
    if region.kind.geo_precision() != crate::model::GeoPrecision::Region || region.country != place.country {
        return false;
    }
    fn named(p: &Place) -> Option<&str> {
        p.admin1.as_deref().filter(|a| !a.is_empty() && !a.chars().all(|c| c.is_ascii_digit()))
    }
    match (region.kind, named(region), named(place)) {
        (PlaceKind::Governorate, Some(x), Some(y)) => x == y,
        _ => true,
    }
}

struct Draft<'g> {
    role: Role,
    reports: Vec<Report<'g>>,
    /// Split off the draft of another target struck in the same sentence: told with its weapon.
    struck_with: Option<usize>,
    /// Told as another attack than the ones before ("a similar strike", "another rocket attack"):
    /// without a date of its own it is of an unknown day, not the story's.
    another: bool,
    /// The report whose place is the attack's, as weighed when the draft held that many reports.
    place_pick: std::cell::Cell<(usize, Option<usize>)>,
}

impl<'g> Draft<'g> {
    /// Whether one of the draft's reports is told by sentence `s` (or a clause of it).
    fn tells(&self, s: &str) -> bool {
        self.reports.iter().any(|r| r.text.contains(s) || s.contains(r.text.as_str()))
    }
    fn new(role: Role, reports: Vec<Report<'g>>, struck_with: Option<usize>, another: bool) -> Draft<'g> {
        Draft { role, reports, struck_with, another, place_pick: Default::default() }
    }
    /// The report telling the finest date ("on Dec. 27" over "in December"), a day the attack is told
    /// on over the day it was said ("drones struck a suburb, state media reported Wednesday. The
    /// strikes occurred Tuesday"), the first among equals.
    fn date_report(&self) -> Option<&Report<'g>> {
        self.reports
            .iter()
            .filter(|r| r.date.is_some())
            .rev()
            .max_by_key(|r| (r.date.map(|d| d.precision), r.why.date != DAY_IT_WAS_SAID))
    }
    fn date(&self) -> Option<dates::DateRef> {
        self.date_report().and_then(|r| r.date)
    }
    /// Whether the attack is dated only by the day it was told of ("the ministry said on Monday that
    /// drones attacked"), within a week after `day`, which a sentence then tells as its own ("the
    /// attacks on January 5-6").
    fn said_days_after(&self, day: dates::DateRef) -> bool {
        self.date_report().is_some_and(|r| r.why.date == DAY_IT_WAS_SAID)
            && self.date().is_some_and(|said| {
                day.precision == DatePrecision::Day && (0..=7).contains(&(said.date - day.date).num_days())
            })
    }
    /// The day named by the report that told the attack first, if the page could not date it.
    fn named_day(&self) -> Option<dates::NamedDay> {
        self.reports.first().and_then(Report::named_day)
    }
    /// The date told, without where in the text it was: drafts of one day compare equal.
    fn day(&self) -> Option<(chrono::NaiveDate, DatePrecision)> {
        self.date().map(|x| x.day())
    }
    /// The most specific place told, with its text; among equals the first told (the lead's), as
    /// `max_by_key` keeps the last.
    fn place_told(&self) -> Option<&(&'g Place, String)> {
        self.place_report().and_then(|r| r.place.as_ref())
    }
    fn place_report(&self) -> Option<&Report<'g>> {
        // Reports are only ever appended, and none changes its place once filed: the pick is kept
        // and only the reports filed since are weighed (a long page files thousands of sentences,
        // and every sentence asks for its drafts' places many times).
        let (seen, mut best) = self.place_pick.get();
        let n = self.reports.len();
        if seen != n {
            // A seat's key, and a town's beside a city, depend on the other reports.
            let weighs_others = |p: &Place| is_seat(p) || matches!(p.kind, PlaceKind::City | PlaceKind::Capital);
            best = if seen < n && !self.reports.iter().any(|r| r.place.as_ref().is_some_and(|p| weighs_others(p.0))) {
                let key = |i: usize| self.place_key(&self.reports[i]);
                (seen..n).filter(|&i| self.reports[i].place.is_some()).fold(best, |b, i| match b {
                    Some(b) if key(i) <= key(b) => Some(b),
                    _ => Some(i),
                })
            } else {
                (0..n)
                    .filter(|&i| self.reports[i].place.is_some())
                    .rev()
                    .max_by_key(|&i| self.place_key(&self.reports[i]))
            };
            self.place_pick.set((n, best));
        }
        best.map(|i| &self.reports[i])
    }
    /// How well a report's place tells the attack's: among places as specific, a part of a town
    /// ("the Damascus suburb of Kiswah") over the town, a site named outright ("the al-Omar field")
    /// over one told by where it is ("a military base in Deir ez-Zor"), then one struck ("drones
    /// struck Union III") over a landmark told near what was struck ("facilities near the US
    /// embassy"). A province's namesake seat beside another town of that province stands for the
    /// province ("in Duhok" and "the Amedi district of Duhok province").
    fn place_key(&self, r: &Report<'g>) -> (Option<u8>, bool, bool, bool, bool, bool, bool) {
        let seat_for_province = |(p, written): &(&Place, String)| {
            is_seat(p)
                && self.reports.iter().any(|x| {
                    x.place.as_ref().is_some_and(|(q, _)| {
                        q.id != p.id && q.admin1 == p.admin1 && q.kind.geo_precision() == GeoPrecision::Town
                    }) && (names_the_province(&x.text, written) || r.headline())
                })
        };
        let place = r.place.as_ref();
        // "... on Damascus", then "the research centre in the Barzeh area of the capital": a
        // town or quarter told as within the city the attack was told on is finer than the city ("two
        // more shells fell in Harasta" is a suburb told apart).
        let within_a_city = place.is_some_and(|(p, _)| {
            p.kind.geo_precision() == GeoPrecision::Town
                && !matches!(p.kind, PlaceKind::City | PlaceKind::Capital)
                && self.reports.iter().any(|x| {
                    x.place.as_ref().is_some_and(|(c, written)| {
                        matches!(c.kind, PlaceKind::City | PlaceKind::Capital)
                            && geodesy::distance_km(c.location, p.location) <= TOWN_AND_SUBURB_KM
                            && names_word(&r.text, &written.to_lowercase())
                    })
                })
        });
        (
            place.map(|p| specificity(p.0)),
            within_a_city,
            !place.is_some_and(seat_for_province),
            r.place_is_part() || r.why.place == WHERE_THE_WEAPON_STRUCK,
            !place.is_some_and(|p| crate::gazetteer::site_by_where(&p.1)),
            !r.place_is_landmark(),
            !r.place_is_area(),
        )
    }
    fn place(&self) -> Option<&'g Place> {
        self.place_told().map(|p| p.0)
    }
    /// Whether a sentence tells a vague time of its own ("last week", "months ago") that the attack
    /// was not told with: it is about another attack.
    fn told_at_another_time(&self, s: &str) -> bool {
        VAGUE_TIME.find(s).is_some_and(|m| {
            let t = m.as_str().to_lowercase();
            !self.reports.iter().any(|x| x.text.to_lowercase().contains(t.as_str()))
        })
    }
    /// Whether the attack was told of "a" site of this noun ("a gas complex", "an Emirati-owned
    /// field"), which "the Khor Mor complex" then names.
    fn told_as_a(&self, noun: &str) -> bool {
        let a_site = Regex::new(&format!(r"(?i)\b(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?{}\b", regex::escape(noun)));
        a_site.is_ok_and(|a| self.reports.iter().any(|r| a.is_match(&r.text)))
    }
    fn has_figure(&self, f: fn(&Report) -> Option<u32>) -> bool {
        self.reports.iter().any(|r| f(r).is_some())
    }
    /// Whether a report of this draft states a figure of this attack alone, not a toll of several.
    fn has_own_figure(&self, f: fn(&Report) -> Option<u32>) -> bool {
        self.reports.iter().any(|r| f(r).is_some() && !r.toll_of_several())
    }
    /// Whether `c` (a casualty or count sentence) tells a figure this draft lacks.
    fn lacks_figures_of(&self, c: &Report) -> bool {
        (c.killed.is_some() && (!self.has_figure(|r| r.killed) || c.why.killed == facts::OTHERS_KILLED))
            || (c.injured.is_some() && !self.has_figure(|r| r.injured))
            || (c.count.is_some() && self.reports.iter().all(|r| r.count.is_none()))
    }
    /// Drops from `c` the figures this draft already has.
    fn keep_new_figures(&self, c: &mut Report) {
        if c.why.killed == facts::OTHERS_KILLED {
            // "Four other fighters were killed": more dead than the ones told.
            let told = self.reports.iter().filter_map(|r| r.killed).max().unwrap_or(0);
            c.killed = c.killed.map(|n| n + told);
        } else if self.has_own_figure(|r| r.killed) {
            c.killed = None;
        }
        if self.has_own_figure(|r| r.injured) {
            c.injured = None;
        }
        if self.reports.iter().any(|r| r.count.is_some()) {
            c.count = None;
        }
    }
    /// Drops from `c` (a sentence telling no attack of its own) the figures this draft's own reports
    /// state as none: "No casualties were reported" is not undone by "attacks that have killed 11".
    fn keep_stated_zeros(&self, c: &mut Report) {
        let zero = |f: fn(&Report) -> Option<u32>| self.reports.iter().any(|r| f(r) == Some(0));
        if zero(|r| r.killed) {
            c.killed = None;
        }
        if zero(|r| r.injured) {
            c.injured = None;
        }
    }
    /// Whether a report tells the attack's toll or what struck in number.
    fn told_with_figures(&self) -> bool {
        self.reports.iter().any(Report::has_figures)
    }
    fn attacker(&self) -> Option<&str> {
        self.attacker_report().and_then(|r| r.attacker.as_deref())
    }
    fn attacker_report(&self) -> Option<&Report<'g>> {
        self.reports.iter().find(|r| r.attacker.is_some())
    }
    /// Whether `r` may be told of this draft's attack by who struck: a strike by the United States or
    /// Israel (the retaliation a story tells beside the attack) is never the attack of another.
    fn same_attacker(&self, r: &Report) -> bool {
        match (self.attacker(), r.attacker.as_deref()) {
            (Some(a), Some(b)) if a != b => !(RETALIATORS.contains(&a) || RETALIATORS.contains(&b)),
            // "The US on Friday struck several posts across Iraq", told after Saturday's attack on a
            // base: the answer, not the attack (told of its place or its day, it may be the attack).
            (None, Some(b)) if RETALIATORS.contains(&b) => {
                let day = r.date.map(|x| x.day());
                r.place.is_some() || day.is_none() || self.day().is_none_or(|d| Some(d) == day)
            }
            _ => true,
        }
    }
    /// Whether `c` tells the figures of a strike by the United States or Israel ("U.S. forces struck
    /// the group the day before, killing eight") on an attack not told as theirs.
    /// So does a statement of the state's own ("the Pentagon announced it had carried out strikes").
    fn answered_by(&self, c: &Report) -> bool {
        let by = c.attacker.clone().or_else(|| c.claim.as_deref().and_then(facts::attacker_named));
        by.as_deref().is_some_and(|a| {
            RETALIATORS.contains(&a)
                && self.attacker() != Some(a)
                && !self.reports.iter().any(|r| facts::opening_state_arm(&r.text) == Some(a))
        })
    }
    fn weapon(&self) -> Weapon {
        self.weapon_report().map_or(Weapon::Unknown, |r| r.weapon)
    }
    fn weapon_report(&self) -> Option<&Report<'g>> {
        // "Gunners shelled farms outside Daquq", then "four mortar rounds fell": the verb of shelling
        // names a class only until a report names what was fired.
        let told = |r: &&Report<'g>| r.weapon != Weapon::Unknown;
        let by_verb = |r: &&Report<'g>| r.weapon == Weapon::Artillery && r.shelling_only;
        self.reports.iter().filter(told).find(|r| !by_verb(r)).or_else(|| self.reports.iter().find(told))
    }
}

/// "The drone targeted a car in the Sinune subdistrict", after a drone attack was told: the attack
/// told again by its weapon, definite and singular, with the spot it struck.
fn the_weapon_struck(s: &str) -> bool {
    static OPENING: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?$").unwrap());
    // "The first missile hit a car park, while the second landed": one of several, not the attack.
    static ONE_OF_SEVERAL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:first|second|third|last|other|another|one|single)\b").unwrap());
    static STRUCK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s+(?:(?:strike|attack)\s+)?(?:(?:had|has|then|also|reportedly)\s+)?(?:targeted|struck|hit|bombed|attacked)\b").unwrap()
    });
    let first = lexicon::Lexicon::embedded().tag(s).into_iter().find(|h| h.tag.countable());
    first.is_some_and(|h| {
        OPENING.is_match(&s[..h.range.start])
            && !ONE_OF_SEVERAL.is_match(&s[..h.range.start])
            && !s[h.range.clone()].ends_with('s')
            && STRUCK_AFTER.is_match(&s[h.range.end..])
    })
}

/// Whether the only weapon words of a sentence are verbs of shelling ("shelled", "shelling").
fn shelling_only(s: &str) -> bool {
    let hits: Vec<_> =
        lexicon::Lexicon::embedded().tag(s).into_iter().filter(|h| matches!(h.tag, lexicon::Tag::Weapon(_))).collect();
    !hits.is_empty() && hits.iter().all(|h| facts::shelling_word(&s[h.range.clone()]))
}

/// "A depot exploded in southern Baghdad on July 18, and in April, a blast at the Kalsu base killed
/// one": as many days as places, each told in its own clause or in two lists, pair in the order
/// told. The report of each other place, `r` keeping the first; `None` when the days and places do
/// not pair.
fn a_day_for_each_target<'g>(r: &mut Report<'g>) -> Option<Vec<Report<'g>>> {
    let (Some(date), Some((place, text))) = (r.date, r.place.clone()) else { return None };
    if r.also.is_empty() || r.also.len() != r.other_dates.len() {
        return None;
    }
    let own_count = (r.why.count == COUNT_OF_ITS_CLAUSE).then_some(r.count).flatten();
    let mut places = vec![(r.text.find(text.as_str())?, place, text, r.weapon, own_count)];
    for (p, t, w, c) in &r.also {
        places.push((r.text.find(t.as_str())?, *p, t.clone(), *w, *c));
    }
    places.sort_by_key(|p| p.0);
    let mut days = vec![date];
    days.extend(r.other_dates.iter().copied());
    days.sort_by_key(|d| d.at);
    // Each place and its day told before the next place and its day; or two parallel lists ("the
    // July 14 and July 15 attacks on the Khurmala and Sarsang fields"), paired in order.
    let apart = places.windows(2).zip(days.windows(2)).all(|(p, d)| p[0].0.max(d[0].at) < p[1].0.min(d[1].at));
    let (first_place, last_place) = (places[0].0, places[places.len() - 1].0);
    let (first_day, last_day) = (days[0].at, days[days.len() - 1].at);
    let parallel = last_day < first_place || last_place < first_day;
    if !apart && !parallel {
        return None;
    }
    r.also.clear();
    r.other_dates.clear();
    (r.killed, r.injured, r.count) = (None, None, None);
    let mut each: Vec<Report<'g>> = places
        .into_iter()
        .zip(days)
        .map(|((_, p, t, w, c), d)| Report { date: Some(d), ..r.of_another_target(p, t, w, c) })
        .collect();
    *r = each.remove(0);
    Some(each)
}

/// The reports of the other targets struck in `r`'s sentence, of the same kind as `r`. A count or a
/// toll told for several targets together ("22 missiles on Ain al-Asad and a base in Erbil") belongs
/// to none of them alone.
/// The rule of a day told in a list of days, each an attack of its own.
const ONE_OF_A_LIST: &str = "date/one-of-a-list";

fn split_targets<'g>(r: &mut Report<'g>) -> Vec<Report<'g>> {
    if let Some(each) = a_day_for_each_target(r) {
        return each;
    }
    let other_dates = std::mem::take(&mut r.other_dates);
    let on_other_days: Vec<Report<'g>> = other_dates
        .into_iter()
        .map(|d| Report {
            date: Some(d),
            count: None,
            killed: None,
            injured: None,
            also: Vec::new(),
            launch: None,
            range: None,
            why: Why { date: ONE_OF_A_LIST, count: "", killed: "", injured: "", ..r.why },
            ..r.clone()
        })
        .collect();
    let also = std::mem::take(&mut r.also);
    if also.is_empty() {
        return on_other_days;
    }
    // A toll told of several targets is of none alone; "no casualties in the attacks on A and B" is
    // none at each.
    let none = |n: Option<u32>| n.filter(|&n| n == 0);
    (r.killed, r.injured) = (none(r.killed), none(r.injured));
    if r.why.count != COUNT_OF_ITS_CLAUSE {
        r.count = None;
    }
    also.into_iter()
        .map(|(place, text, weapon, count)| r.of_another_target(place, text, weapon, count))
        .chain(on_other_days)
        .collect()
}

/// Files the reports of other targets struck with the one that went to draft `with`: in a draft of
/// their own place and date if there is one, else in a new draft of the same role.
fn add_targets<'g>(
    drafts: &mut Vec<Draft<'g>>,
    reports: Vec<Report<'g>>,
    with: Option<usize>,
    paragraph_drafts: &mut Vec<usize>,
) {
    let role = with.map_or(Role::Background, |i| drafts[i].role);
    for mut o in reports {
        o.link = "other-target-of-the-sentence";
        // Another target of the sentence joins only an attack on that same place, or on the site named
        // after it ("Balad air base and the nearby town of Balad"): two targets named together ("one
        // at Conoco, the other at Green Village") are two attacks, however near.
        let same_place = |d: &Draft| match (d.place(), o.place.as_ref().map(|p| p.0)) {
            (Some(a), Some(b)) => a.id == b.id || namesakes(a, b),
            _ => false,
        };
        // "attacking the X and Y fields with drones and rockets": each weapon the sentence names is
        // each target's, so a target joins the attack on it told with either.
        let weapon_told = |d: &Draft| facts::weapons(&o.text).iter().any(|w| d.weapon().agrees_with(w.1));
        // A day of a list ("on Nov. 8 and again on Nov. 9") is an attack of that very day.
        let its_day = |d: &Draft| o.why.date != ONE_OF_A_LIST || d.day() == o.date.map(|x| x.day());
        let i = match drafts
            .iter()
            .position(|d| same_place(d) && its_day(d) && (fits(d, &o) || (fits_but_weapon(d, &o) && weapon_told(d))))
        {
            Some(i) => {
                drafts[i].reports.push(o);
                i
            }
            None => {
                drafts.push(Draft::new(role, vec![o], with, false));
                drafts.len() - 1
            }
        };
        if !paragraph_drafts.contains(&i) {
            paragraph_drafts.push(i);
        }
    }
}

/// A site and the town it is named after ("Balad Air Base" and "Balad").
fn namesakes(a: &Place, b: &Place) -> bool {
    let named_after = |site: &Place, town: &Place| {
        site.name.len() > town.name.len()
            && site.name.starts_with(&town.name)
            && site.name[town.name.len()..].starts_with(' ')
    };
    named_after(a, b) || named_after(b, a)
}

/// Whether report `r` can be of the attack `d` collects: places within reach, dates a day apart at
/// most (a date-less draft takes a day-dated report only when it is the article's subject), weapons
/// that agree.
fn fits(d: &Draft, r: &Report) -> bool {
    // "attacking the field with drones and rockets": one of the weapons told is the draft's.
    let told_with = || facts::weapons(&r.text).iter().any(|w| w.1 == d.weapon());
    fits_but_weapon(d, r) && (d.weapon().agrees_with(r.weapon) || told_with())
}

/// [`fits`] whatever the weapons.
fn fits_but_weapon(d: &Draft, r: &Report) -> bool {
    // "rockets hit a party's headquarters near Erbil" and "in the city of Koya, near Erbil": a
    // place told as what the target was near is a landmark, within a region's reach of it. A site is
    // no landmark: "a drone fell near Kirkuk airport" is an attack on that airport.
    let landmark = || {
        let (Some(a), Some((b, _))) = (d.place(), r.place.as_ref()) else { return false };
        let town = |p: &Place| p.kind.geo_precision() != GeoPrecision::Site;
        let around = |x: &Report| x.place_is_landmark() || x.place_is_area();
        ((d.place_report().is_some_and(around) && town(a)) || (around(r) && town(b)))
            && geodesy::distance_km(a.location, b.location) <= LANDMARK_KM
            // "Near al-Qaim, ...", then "Near Abu Kamal, ...": two towns a border apart are two places.
            && !(town(a) && town(b) && a.country != b.country)
    };
    // "the Harir base near Erbil airport", after drones targeted the airport: one target.
    let beside = || {
        let (Some(a), Some((b, _))) = (d.place(), r.place.as_ref()) else { return false };
        r.beside.iter().any(|p| p.id == a.id) || d.reports.iter().any(|x| x.beside.iter().any(|p| p.id == b.id))
    };
    // "Drone attack on a base in Hasakah", then "three drones hit the airfield at Kharab al-Jir, in
    // the far north-east of Hasakah": a province's namesake seat, named again where the site is
    // placed, stands for its province.
    let placed_in_the_province = || {
        let (Some((a, written)), Some((b, _))) = (d.place_told(), r.place.as_ref()) else { return false };
        // A town is placed in the province only when the province is named as one ("the Amedi
        // district of Duhok province") or the seat is told only in the headline ("Attack in Kirkuk"),
        // not by its seat in a sentence ("ISIS attacked Dibis, in Kirkuk"), and is not told as
        // another target ("a bomb also hit a patrol in Hawija, in Kirkuk province").
        is_seat(a)
            && match b.kind.geo_precision() {
                GeoPrecision::Site => r.text.to_lowercase().contains(&written.to_lowercase()),
                GeoPrecision::Town => {
                    (names_the_province(&r.text, written) || d.place_report().is_some_and(Report::headline))
                        && !ALSO.is_match(&r.text)
                }
                GeoPrecision::Region => false,
            }
            && b.admin1 == a.admin1
            && a.country == b.country
    };
    // "a US military base in Deir ez-Zor" names a site only by where it is: the resolver's pick.
    let by_where = |p: Option<&(&Place, String)>| p.is_some_and(|(_, text)| crate::gazetteer::site_by_where(text));
    let named = || !by_where(d.place_told()) && !by_where(r.place.as_ref());
    (compatible(d.place(), r.place.as_ref().map(|p| p.0), named) || landmark() || beside() || placed_in_the_province())
        && match (d.date(), r.date) {
            (Some(a), Some(b)) => {
                dates_close(a, b)
                    || said_days_after(a, r)
                    || (d.said_days_after(b) && r.other_dates.is_empty() && !ONE_MORE_TOLD.is_match(&r.text))
            }
            (None, Some(b)) => {
                d.role == Role::Main
                    && b.precision == DatePrecision::Day
                    // "The attack on T-4 yesterday evening ... On June 3, 2019, warplanes targeted
                    // T-4": on an undated page the story told by its day ("yesterday", "on
                    // Monday") is not a day another sentence opens with in full.
                    && !(dates::opens_with_a_full_date(&r.text)
                        && d.reports.iter().any(|x| dates::tells_a_day_of_the_story(&x.text)))
            }
            _ => true,
        }
        && (r.place.is_some() || other_day_named(d, r).is_none())
        && d.same_attacker(r)
}

/// "The ministry said on Sunday it had put out the fire at the X well 'targeted by terrorists'", after
/// the attack on X of Tuesday: the day something was said about the place, within a week after its
/// attack, is no day of another attack.
fn said_days_after(attack: dates::DateRef, r: &Report) -> bool {
    let Some(said) = r.date.filter(|_| r.why.date == DAY_IT_WAS_SAID) else { return false };
    attack.precision == DatePrecision::Day && (0..=7).contains(&(said.date - attack.date).num_days())
}

/// On an undated page, "on Tuesday, a drone killed four near Teqil Beqil" after Thursday's attack:
/// the weekday (or month and day) the report names, when the draft names only others.
fn other_day_named(d: &Draft, r: &Report) -> Option<dates::NamedDay> {
    let day = r.named_day()?;
    let told: Vec<dates::NamedDay> = d.reports.iter().filter_map(Report::named_day).collect();
    (!told.is_empty() && told.iter().all(|t| t.differs(day))).then_some(day)
}

/// "The base is located near the Conoco gas field", "The camp lies in the Rmelan countryside": a
/// sentence that may place the site an attack told only by where it is ("a US base in Deir ez-Zor
/// province") or by its region. Read once, then tried on the drafts.
struct SiteSentence<'a, 'g> {
    text: &'a str,
    /// "The base lies near X", "at the refinery, which is near X".
    located: bool,
    /// "The drones were destroyed by defences at the Ain al-Asad airbase": weapons told again ("the
    /// drones"), which place an attack told by its region.
    weapons_again: Vec<Weapon>,
    /// The sites, then the towns, it names.
    site: Option<Target<'g>>,
    town: Option<Target<'g>>,
}

impl<'a, 'g> SiteSentence<'a, 'g> {
    fn read(s: &'a str, g: &'g Gazetteer) -> Option<Self> {
        static LOCATED: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(
                r"(?i)^\W*(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{SITE_WORD}|headquarters|compound|facility|outpost|post|position|depot)\s+(?:is|was|lies|sits)\s+(?:located\s+|situated\s+|based\s+)?(?:(?:just\s+|some\s+|about\s+)?(?:[\d.,]+\s*(?:km|kilometers|kilometres|miles|meters|metres)\s+)?(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?\s+of|near|close to|next to|by|adjacent to|in|at|inside|within)\b"
            ))
            .unwrap()
        });
        // "No casualties were reported at the refinery, which is near Baiji": told in a clause.
        static WHICH_LIES: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(
                r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{SITE_WORD}|headquarters|compound|facility|outpost|depot),?\s+which\s+(?:is|was|lies|sits)\s+(?:located\s+|situated\s+)?(?:(?:just\s+|some\s+|about\s+)?(?:[\d.,]+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?\s+of|near|close to|next to|in)\b"
            ))
            .unwrap()
        });
        static THE: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(?i)\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?$").unwrap());
        if tells_event(s) {
            return None;
        }
        let located = LOCATED.is_match(s) || WHICH_LIES.is_match(s);
        let weapons_again = lexicon::Lexicon::embedded()
            .tag(s)
            .into_iter()
            .filter_map(|h| match h.tag {
                lexicon::Tag::Weapon(w) if THE.is_match(&s[..h.range.start]) => Some(w),
                _ => None,
            })
            .collect::<Vec<_>>();
        if !located && weapons_again.is_empty() {
            return None;
        }
        let targets = targets_of(s, g);
        let of = |precision| targets.iter().find(|t| t.place.kind.geo_precision() == precision).cloned();
        let (site, town) = (of(GeoPrecision::Site), of(GeoPrecision::Town));
        (site.is_some() || town.is_some()).then_some(SiteSentence { text: s, located, weapons_again, site, town })
    }

    /// Where the site of draft `d` lies, when `d` told it only by where it is or by its region: a
    /// site, or for a site told only by its province the town it lies near ("The base is located near
    /// the town of Amerli").
    fn places(&self, d: &Draft<'g>) -> Option<Report<'g>> {
        let region = d.place_told().is_none_or(|(p, _)| p.kind.geo_precision() == GeoPrecision::Region);
        let vague = region || d.place_told().is_some_and(|(_, text)| crate::gazetteer::site_by_where(text));
        let the_weapon_again = d.weapon() != Weapon::Unknown && self.weapons_again.contains(&d.weapon());
        if !vague || !(self.located || (region && the_weapon_again)) {
            return None;
        }
        let t = self.site.as_ref().or(self.town.as_ref().filter(|_| region))?;
        if !compatible(d.place(), Some(t.place), || false) {
            return None;
        }
        let mut r = Report::of_text(self.text, None);
        r.place = Some((t.place, t.text.clone()));
        r.why.place = "place/where-the-site-is";
        // "No casualties were reported at the refinery, which is near X": the figures it tells too.
        r.take_casualties(facts::casualties(self.text));
        r.link = "where-the-site-is";
        Some(r)
    }
}

/// "No casualties in the 22 missile attacks", told of draft `i`: the figures go to every other attack
/// of that day that lacks them.
fn share_figures<'g>(drafts: &mut [Draft<'g>], i: usize, r: &Report<'g>) {
    if (r.killed.is_none() && r.injured.is_none()) || !(THE_ATTACKS.is_match(&r.text) || EACH_ATTACK.is_match(&r.text))
    {
        return;
    }
    let that_day = drafts[i].day();
    for (j, d) in drafts.iter_mut().enumerate() {
        if j == i || d.day() != that_day {
            continue;
        }
        let mut figures = Report::figures_only(r);
        d.keep_new_figures(&mut figures);
        if figures.killed.is_some() || figures.injured.is_some() {
            d.reports.push(figures);
        }
    }
}

/// An attack referred to with the definite article and no place or day of its own: "the rocket
/// strike", "the attack", "the deadly bombing" is the one just told.
static THE_ATTACK_TOLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|(?:air\s?)?strikes?|raids?|bombings?|shelling|barrage|assault|explosions?|blasts?)\b").unwrap()
});

/// A sentence opening on another time than the story's: "Last November,", "In 2019,", "Back in July,",
/// "Earlier this year,", "Only last Thursday,".
static OTHER_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:just|only)\s+last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|in|back in|earlier|during|since)\s+(?:this\s+|last\s+)?(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|year|month|week|summer|winter|spring|autumn|fall))\b").unwrap()
});

/// "Five days after Soleimani's death, Iran fired ...", "Two days after the attack, ...": a sentence
/// opening on its distance from an event that it does not tell as an attack of its own, then telling
/// its attack. The days from that event (negative when before it), and the names the opening gives
/// it by (none: the attack told before; "after his death", of no name or attack: an empty list).
fn event_named_in_opening(s: &str) -> Option<(i64, Option<Vec<String>>)> {
    let m = ANOTHER_DAY_TOLD.find(s)?;
    let comma = m.end() + s[m.end()..].find(',')?;
    let opening = &s[m.end()..comma];
    let the_attack = AFTER_THE_ATTACK_OPENING.is_match(s);
    if (tells_event(opening) && !the_attack) || !tells_event(&s[comma + 1..]) {
        return None;
    }
    let offset = -days_from_previous(&s[..comma])?;
    let names: Vec<String> = opening
        .split_whitespace()
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase))
        .map(str::to_string)
        .collect();
    Some((offset, (!names.is_empty() || !the_attack).then_some(names)))
}

/// "The next morning", "two days later", "on the same day": days after the attack told before;
/// "The attack came a day after three rockets landed ...", "another drone hit the field the previous
/// evening": days before it (negative).
fn days_from_previous(s: &str) -> Option<i64> {
    static RELATIVE_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:(the (?:next|following) (?:day|morning|night|evening|afternoon)|a day later|the day after)|(?:(\w+) days later)|(on the same day|the same day|the same night|later that (?:day|night|evening)|hours (?:later|earlier)|(?:a few|several|some|\w+) hours earlier|(?:an?|one|two|three|several|\d+) (?:hours?|minutes)(?: and a half)? (?:after|later))|(?:came|comes|followed|happened)\s+(a|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+after|(the (?:previous|preceding) (?:day|morning|night|evening|afternoon)|the (?:day|night|evening) before|(?:a|one) day earlier)|(?:(a|one|two) weeks? earlier))\b")
            .unwrap()
    });
    // A clause that opens with its distance from the attack before tells an attack that far off:
    // "(..., ) two days after drones attacked the consulate" is two days before.
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:just|only|barely|less than|more than|about|nearly|some)\s+)?(?:(?:(a|an|one|two|three|four|five|six|seven|\d+)\s+)?(days?|hours?|weeks?)|(?:a|the) (day)|(?:on )?the same (day))\s*(after|before)?\b").unwrap()
    });
    let days = |n: &str| numbers::value(n).filter(|n| (1..=14).contains(n)).and_then(|n| i64::try_from(n).ok());
    if let Some(c) = OPENING.captures(s) {
        let before = c.get(5).is_some_and(|m| m.as_str().eq_ignore_ascii_case("before"));
        // "a week", "an hour": one.
        let how_many = |n: &str| if ["a", "an"].contains(&n.to_ascii_lowercase().as_str()) { Some(1) } else { days(n) };
        let unit = c.get(2).map(|m| m.as_str().to_ascii_lowercase());
        let n = match (c.get(1), unit.as_deref(), c.get(3), c.get(4)) {
            (_, _, _, Some(_)) => Some(0),
            (_, Some(u), _, _) if u.starts_with("hour") => Some(0),
            (Some(n), Some(u), _, _) if u.starts_with("week") => {
                how_many(n.as_str()).filter(|n| *n <= 2).map(|n| 7 * n)
            }
            (Some(n), _, _, _) => how_many(n.as_str()),
            (_, _, Some(_), _) => Some(1),
            _ => None,
        };
        if let Some(n) = n
            && (n == 0 || c.get(5).is_some())
        {
            return Some(if before { n } else { -n });
        }
    }
    let c = RELATIVE_DAY.captures(s)?;
    if c.get(1).is_some() {
        Some(1)
    } else if let Some(n) = c.get(2) {
        days(n.as_str())
    } else if c.get(3).is_some() {
        Some(0)
    } else if c.get(6).is_some() {
        Some(-1)
    } else if let Some(n) = c.get(7) {
        // "A week earlier, a blast rocked ...".
        let n = if ["a", "one"].contains(&n.as_str().to_ascii_lowercase().as_str()) { 1 } else { 2 };
        Some(-7 * n)
    } else if c.get(5).is_some_and(|u| u.as_str().to_ascii_lowercase().starts_with("week")) {
        // "comes a week after", "came two weeks after".
        let n = c.get(4)?.as_str();
        let n = if ["a", "one"].contains(&n.to_ascii_lowercase().as_str()) { Some(1) } else { days(n) };
        n.filter(|n| *n <= 2).map(|n| -7 * n)
    } else {
        days(c.get(4)?.as_str()).map(|n| -n)
    }
}

/// "the airport", "the base": a site of the article's subject, named again by its kind.
const SITE_WORD: &str =
    "airport|base|air base|airbase|airfield|camp|embassy|consulate|oil field|gas field|field|refinery";
/// "an oil field", "a military base": a site told without its name.
static A_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}(?:{SITE_WORD}|facility|installation|outpost)\b"))
        .unwrap()
});
/// How far from the town a story placed it by a site may lie when named later ("a military base
/// in Baghdad" for one some 50 km south).
const SITE_NAMED_LATER_KM: f64 = 60.0;
static THE_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:the|this) ({SITE_WORD})\b(\s+(?:of|in|at|near)\s+[A-Z][a-z]+)?")).unwrap()
});
/// "targeted the camp", "struck the base": a site referred to as what was struck.
static STRUCK_THE_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:targeted|targeting|hit|hitting|struck|striking|attacked|attacking|shelled|bombed|bombarded) the (?:{SITE_WORD})\b"
    ))
    .unwrap()
});

/// "The base, commonly referred to as “al-Harir” after a nearby village, ...": the name of the site
/// the story told without one.
static SITE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"(?i)^(?:the|this) (?:{SITE_WORD}|installation|outpost|facility)\b[^.;]{{0,40}}?\b(?:known as|referred to as|called|named)\s+["“]?([^"”,.;]{{3,50}})"#
    ))
    .unwrap()
});

/// "... near the US embassy": a landmark told beside the place struck.
static NEAR_LANDMARK: LazyLock<Regex> = LazyLock::new(|| {
    // "a southern suburb of the Syrian capital Damascus": a town told as what the target lies by
    // (in "the Damascus suburb of Kiswah" the suburb is named).
    // "30 km north of Baghdad", "outside Baghdad", "a base south of the city of Mosul": where the
    // target lies from a town.
    Regex::new(r"(?i)\b(?:near|close to|in the vicinity of|next to|outside|(?:an?|the)\s+(?-i:[a-z]+\s+)?(?:suburbs?|outskirts)\s+of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?(?:\w+(?:'s|’s)\s+)?(?:(?:\w+\s+)?(?:capital|city),?\s+)?$|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+the\s+(?:\w+\s+)?(?:city|town)\s+of\s+$").unwrap()
});
/// How far from a landmark a target told "near" it may be.
const LANDMARK_KM: f64 = 100.0;

/// "On the same day as the Green Village rocket attack, ...": the story's attack named by its site.
static THE_SITE_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b[Tt]he ([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:rocket|drone|missile|mortar)\s+(?:attack|strike)\b",
    )
    .unwrap()
});

/// An attack placed at a border, not in a town.
static AT_A_BORDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bborder (?:posts?|positions?|guards?|crossings?|area)\b|\b(?:on|at|near|along) the [\w-]+ border\b",
    )
    .unwrap()
});

/// "He was reportedly travelling near the crossing in X", "the two men were driving on the road to
/// X": where the people the attack struck were, told after an attack told without a place.
static WHERE_THE_STRUCK_WERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:he|she|they|the (?:[\w-]+ ){0,2}?(?:commander|victims?|men|man|woman|driver|officials?|fighters?|members?|convoy|vehicle|car|soldiers?))\s+(?:was|were|had been)\s+(?:reportedly\s+|said to have been\s+)?(?:traveling|travelling|driving|riding|walking|heading|moving|staying|meeting|gathered|gathering)\b(.{0,160})").unwrap()
});

/// "The Khor Mor complex, owned by ...": the site of a story told so far only by its region and a
/// noun ("a gas complex in the Kurdistan region"), named with that noun at a sentence's start.
static THE_NAMED_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\bwhere\s+)[Tt]he ((?:[A-Z][\w'’-]+\s+){1,3}(?:(?:gas|oil)\s+)?(complex|field|plant|facility|refinery|base|air ?base|airport|camp))\b").unwrap()
});

/// "It said the target was a base in a border area known as X": where the attack told struck.
static THE_TARGET_WAS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:the|its|their) targets? (?:was|were|had been)\b(.{0,160})").unwrap());

/// "The incident took place in X", "the attack occurred near X": where the attack told happened.
static TOOK_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:the|this) (?:incident|attack|strike|bombardment|bombing|shelling|explosion|blast|assault|raid|ambush),? (?:which )?|^\W*(?:this|it) )(?:took place|occurred|happened)\b(.{0,160})").unwrap()
});
/// "The blast in X, a city held by ..., came as": a sentence opening on the attack and where it was.
static THE_ATTACK_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:the|this|that) (?:[\w-]+ )?(?:attack|bombing|explosion|blast|assault|ambush) (?:in|at) ([^,;]{3,60})").unwrap()
});

/// "The Guards hailed their 'successful' operation against Kurdish groups in Koya on Saturday": the
/// attack a headline told without a place, placed by who it was against and where.
static THEIR_OPERATION_AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:(?:their|its)\s+(?:["“”'‘’\w-]+\s+){0,2}?(?:operation|attack|strike|assault|bombardment)|the\s+(?:["“”'‘’\w-]+\s+){0,2}?operation)s?\s+(?:against|on|targeting)\s+[^.;,]{0,60}?\b(?:in|at|near)\s+([^,;]{3,60})"#).unwrap()
});

/// "was used as the staging point for Tuesday's attack on X, which killed 72": a site an attack came
/// from, and the figures of that attack.
static STAGING_POINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:used|serving|served)\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:staging|launch(?:ing)?)\s+(?:point|pad|ground|area|site|base)s?\s+for\b").unwrap()
});

/// The site told before that "the base", "the camp", "the air base" in `s` refers to: the place of
/// the attack told last, else of the article's subject, when the word fits it (its kind, or the words
/// it was told with: "the camp" after "Makhmour camp"). "The base in Tal Afar" names another site.
fn site_referred<'g>(s: &str, told: impl Iterator<Item = (&'g Place, String)>) -> Option<(&'g Place, String)> {
    let words: Vec<String> = THE_SITE
        .captures_iter(s)
        // "The base was used as the staging point for Tuesday's attack on X": where an attack came from.
        .filter(|c| STAGING_POINT.find(&s[c.get(0).unwrap().end()..]).is_none_or(|m| m.start() > 30))
        // "the base in February" is still the base told; "the base in Tal Afar" is another.
        .filter(|c| {
            c.get(2).is_none_or(|m| {
                m.as_str().split_whitespace().last().is_some_and(|w| w.parse::<chrono::Month>().is_ok())
            })
        })
        .map(|c| c[1].to_lowercase())
        .collect();
    if words.is_empty() {
        return None;
    }
    told.into_iter().find(|(p, text)| words.iter().any(|w| of_kind(w, p.kind) || names_word(text, w)))
}

/// Whether `text` holds `word` as whole words ("the port" is not Erbil airport's).
fn names_word(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = text[i + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

/// Two reports of one attack may disagree by a day ("late Monday" local time vs a UTC date).
fn dates_close(a: dates::DateRef, b: dates::DateRef) -> bool {
    match (a.precision, b.precision) {
        (DatePrecision::Day, DatePrecision::Day) => (a.date - b.date).num_days().abs() <= 1,
        // "in December" and "on Dec. 27": the period holds the day.
        (pa, pb) => {
            let coarse = pa.min(pb);
            a.date.year() == b.date.year() && (coarse == DatePrecision::Year || a.date.month() == b.date.month())
        }
    }
}

/// The link of a report that only names where the story happened (its dateline, its one site).
const PLACE_OF_THE_STORY: &str = "place-of-the-story";
/// The rule of a place where the weapon of the attack told is told again to have struck.
const WHERE_THE_WEAPON_STRUCK: &str = "place/where-the-weapon-struck";
/// How far from the attack's place its weapon told again may have struck.
const WEAPON_TOLD_AGAIN_KM: f64 = 50.0;
/// The rule of a date told as the day something was said about the attack.
const DAY_IT_WAS_SAID: &str = "date/day-it-was-said";

/// Every incident the article reports: its subject (`role` main) and earlier attacks it mentions.
pub fn extract(article: &Article, gazetteer: &Gazetteer) -> Vec<Incident> {
    // Weekdays count from the day a wire story was filed when its dateline tells it.
    let published = dates::posted_after(&article.text, article.published)
        .or_else(|| dates::filed(&article.text, article.published))
        .or(article.published);
    let month_first = dates::writes_month_first(&article.text);
    let mut drafts: Vec<Draft> = Vec::new();
    // "No one has claimed it": the draft the sentence follows (the article's subject when none yet),
    // and the sentence itself, for the draft it is read into.
    let mut unclaimed: Vec<usize> = Vec::new();
    let mut unclaiming: Vec<&str> = Vec::new();
    // The draft the previous sentence went to: a following sentence without an event of its own
    // ("No casualties were reported.") adds its details there.
    let mut last: Option<usize> = None;
    let mut last_paragraph = 0;
    // The drafts the event sentences of the current paragraph went to.
    let mut paragraph_drafts: Vec<usize> = Vec::new();
    let mut previous: Option<(usize, &str)> = None;
    let mut denied: Vec<(String, Option<(chrono::NaiveDate, DatePrecision)>)> = Vec::new();
    // The armed group named last: "the group" of a later claim.
    let mut last_group: Option<String> = None;
    let mut groups_named: Vec<String> = Vec::new();
    let mut early_claims: Vec<Report> = Vec::new();
    let mut unplaced: Option<Report> = None;
    // "US forces were attacked four times on Thursday, but there were no casualties": the day's
    // tally, told before its attacks; its day and its "none hurt" are theirs.
    let mut day_tally: Option<Report> = None;
    let mut tallied = 0;
    let sentences = sentences(&article.text, article.published, gazetteer);
    // A timeline's year heading ("2017" on a line of its own): the days told under it ("May 18:
    // coalition aircraft struck ...") are of that year, not the one of publication.
    let mut year_heading: Option<chrono::NaiveDate> = None;
    let mut full_date_told: Option<chrono::NaiveDate> = None;
    // "Separate attacks in Diyala on Sunday left five dead. ... fighters attacked a village near
    // X": the day of the separate attacks, for the ones told after it without a day.
    let mut separate_day: Option<dates::DateRef> = None;
    // Every day the page tells with its year, for its year-less days when it is undated.
    let days_told_in_full: Vec<chrono::NaiveDate> = if published.is_none() {
        sentences
            .iter()
            .filter(|(_, s)| s.contains(|c: char| c.is_ascii_digit()))
            .flat_map(|&(_, s)| {
                dates::references(s, None, month_first)
                    .into_iter()
                    .filter(|d| d.precision == DatePrecision::Day && FULL_DATE.is_match(&s[d.at..]))
                    .map(|d| d.date)
            })
            .collect()
    } else {
        Vec::new()
    };
    for (index, &(para, s)) in sentences.iter().enumerate() {
        if let Some(end_of_year) = dates::year_heading(s, published) {
            year_heading = Some(end_of_year);
            continue;
        }
        let published = year_heading.or(published);
        if let Some(t) = &day_tally {
            give_the_days_tally(&mut drafts[tallied..], t);
            tallied = drafts.len();
        }
        if facts::unclaimed(s) {
            unclaimed.push(last.unwrap_or(0));
            unclaiming.push(s);
        }
        // A denied attack: its place and day, so that other reports of it are dropped too.
        // "denied that it was behind the attack on X" denies a part in it, not the attack.
        static A_PART_IN_IT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b(?:behind|responsib\w*|involve\w*|role|part in|carried out by|link\w*|connect\w*)\b")
                .unwrap()
        });
        if DENIAL.is_match(s)
            && !A_PART_IN_IT.is_match(s)
            && let targets = targets_of(s, gazetteer)
            && let Some(t) = most_specific(s, &targets).map(|i| targets[i].place)
        {
            let day = dates::references(s, published, month_first).first().map(|d| d.day());
            denied.push((t.id.clone(), day));
        }
        // A tally before it ("Since October, the group has launched 180 attacks") sets no scene.
        let scene = previous.filter(|p| p.0 == para && !aggregate(p.1)).map(|p| p.1);
        let sentence_before = previous.map(|p| p.1);
        // "The US struck several posts ... However the strikes killed five": the strikes are theirs.
        let told_by = previous
            .filter(|_| THE_ATTACKS.is_match(s))
            .and_then(|(_, p)| facts::attacker(p).or_else(|| facts::strikes_of(p)))
            .filter(|a| RETALIATORS.contains(&a.as_str()));
        previous = Some((para, s));
        // "An Iraqi group claimed the attack. The group, called X, said ...": named right after.
        let named_next = sentences.get(index + 1).and_then(|&(_, next)| facts::group_named(next));
        let earlier = last_group.clone();
        if let Some(p) = sentence_before {
            groups_named.extend(groups::mentions(p).into_iter().map(|g| g.text));
        }
        let groups_told =
            GroupsTold { earlier: earlier.as_deref(), named_next: named_next.as_deref(), named_before: &groups_named };
        if let Some(g) = groups::mentions(s).pop().map(|g| g.text).or_else(|| facts::group_named(s)) {
            last_group = Some(g);
        }
        // The story's site, named after its attack was told without one: "the base, commonly referred
        // to as X", "the Green Village rocket attack", or "the incident took place near the outpost
        // in the town of Qayyarah on Friday" (which also tells when).
        let named = SITE_NAMED
            .captures(s)
            .or_else(|| THE_SITE_ATTACK.captures(s))
            .map(|c| (c, "place/site-named", "site-named", false))
            .or_else(|| TOOK_PLACE.captures(s).map(|c| (c, "place/where-it-took-place", "where-it-took-place", true)))
            .or_else(|| THE_ATTACK_IN.captures(s).map(|c| (c, "place/the-attack-in", "the-attack-in", true)))
            .or_else(|| {
                // "a response to their attack on X": another attack, the one answered.
                static ANSWERING: LazyLock<Regex> = LazyLock::new(|| {
                    Regex::new(r"(?i)\b(?:response|retaliation|reply|revenge|after|following|since)\b").unwrap()
                });
                THEIR_OPERATION_AGAINST
                    .captures(s)
                    .filter(|c| !ANSWERING.is_match(&s[..c.get(0).unwrap().start()]))
                    .map(|c| (c, "place/the-operation-against", "the-operation-against", true))
            })
            .or_else(|| {
                WHERE_THE_STRUCK_WERE
                    .captures(s)
                    .map(|c| (c, "place/where-the-struck-were", "where-the-struck-were", false))
            })
            .or_else(|| THE_TARGET_WAS.captures(s).map(|c| (c, "place/the-target-was", "the-target-was", false)))
            .or_else(|| {
                THE_NAMED_SITE
                    .captures(s)
                    .filter(|c| drafts.first().is_some_and(|main| main.told_as_a(&c[2])))
                    .map(|c| (c, "place/the-site-by-name", "the-site-by-name", false))
            });
        // "Earlier on Friday, a drone struck an army post. This took place in ...": the attack just
        // told without a place, else the story's.
        let unplaced_last = last.filter(|&i| i > 0 && drafts[i].place().is_none()).unwrap_or(0);
        if let Some(main) = drafts.get_mut(unplaced_last)
            && main.place().is_none_or(|p| p.kind.geo_precision() == crate::model::GeoPrecision::Region)
            && let Some((c, place_rule, link, dated)) = named
            && let targets = targets_of(&c[1], gazetteer)
            && let Some(i_main) = most_specific(&c[1], &targets)
            && let t = &targets[i_main]
            && t.place.kind.geo_precision() != crate::model::GeoPrecision::Region
            && main.place().is_none_or(|region| region.country == t.place.country)
        {
            let date = if dated && main.date().is_none() {
                dates::references(s, published, month_first).first().copied()
            } else {
                None
            };
            // "The attack at its base in X ... resulted in no injuries": the figures it tells too.
            let (killed, injured, why_killed, why_injured) = context(s, groups_told)
                .map_or((None, None, "", ""), |d| (d.killed, d.injured, d.why.killed, d.why.injured));
            let why = Why {
                place: place_rule,
                date: if date.is_some() { "date/stated" } else { "" },
                killed: why_killed,
                injured: why_injured,
                ..Why::default()
            };
            let span = span_in(&article.text, s);
            // "The attack occurred at 9 a.m., targeting a base outside Koya and bases in Zargwez":
            // each site named is a target of the attack.
            let others: Vec<Report> = also_struck(&c[1], &targets, i_main)
                .into_iter()
                .map(|place| Report {
                    place: Some(place),
                    date,
                    why: Why { place: place_rule, ..why },
                    link,
                    ..Report::of_text(s, span.clone())
                })
                .collect();
            main.reports.push(Report {
                place: Some((t.place, t.text.clone())),
                date,
                killed,
                injured,
                why,
                link,
                ..Report::of_text(s, span)
            });
            add_targets(&mut drafts, others, Some(unplaced_last), &mut paragraph_drafts);
            continue;
        }
        static THAT_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^\W*(?:that|this)\s+(?:[\w-]+\s+)?(?:attack|strike|bombing|barrage|assault)\b").unwrap()
        });
        // "..., the deadliest since a rocket attack in December. That attack killed a contractor": the
        // attack the sentence before recalled in a clause, not the one it told.
        if THAT_ATTACK.is_match(s) && sentence_before.is_some_and(|p| without_another_attack(p).len() < p.len()) {
            continue;
        }
        // "Some 30 attacks have targeted US interests since January. The attacks killed two
        // contractors": the figures of the tally just told, not of the story's attack.
        static THOSE_ATTACKS: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^\W*(?:the|these|those|such)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|incidents)\b")
                .unwrap()
        });
        static MANY_ATTACKS: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)(?:\b\d{2,}|\b(?:dozens|scores|hundreds) of)\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes)\b")
                .unwrap()
        });
        let tally = |p: &str| {
            static SINCE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bsince\b").unwrap());
            tells_event(p)
                && (MANY_ATTACKS.is_match(p) || PERIOD_OPENING.is_match(p) || SINCE.is_match(p) && aggregate(p))
        };
        // "The last three attacks targeted Harir and Ain al-Asad": the newest of the tally, told one
        // by one.
        static THE_LATEST: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^\W*the\s+(?:last|latest|most recent|newest)\s+(?:[\w-]+\s+)?(?:attacks|strikes)\b")
                .unwrap()
        });
        if THOSE_ATTACKS.is_match(s) && !THE_LATEST.is_match(s) && sentence_before.is_some_and(tally) {
            continue;
        }
        let read = read(s, published, month_first, groups_told, gazetteer).map(|mut r| {
            // "On December 27, 2019, ... On December 29, ...": the year of the date told before.
            if let (Some(d), Some(told), Some(p)) = (r.date, full_date_told, published)
                && d.precision == DatePrecision::Day
                && dates::yearless_month_day(s, d.at)
                && let Some(day) = dates::after_the_date_told(told, d.date, p)
            {
                r.date = Some(dates::DateRef { date: day, ..d });
            }
            // An undated page's "on June 14" after "on June 13, 2025": the year of the date told.
            if r.date.is_none()
                && published.is_none()
                && let Some(d) = full_date_told.and_then(|told| dates::yearless_day_after(s, told))
            {
                (r.date, r.why.date) = (Some(d), "date/the-year-told-before");
            }
            if r.date.is_none()
                && published.is_none()
                && let Some(d) = dates::yearless_day_told_in_full(s, &days_told_in_full)
            {
                (r.date, r.why.date) = (Some(d), "date/the-day-told-in-full");
            }
            // "... since January 3. On that day, a drone struck a convoy": the day the sentence
            // before named last.
            if r.date.is_none()
                && THAT_DAY.is_match(s)
                && let Some(d) = sentence_before.and_then(|p| attack_dates(p, published, month_first).last().copied())
            {
                (r.date, r.why.date) = (Some(dates::DateRef { at: 0, ..d }), "date/that-day-told-before");
            }
            if r.date.is_none()
                && r.place.is_some()
                && let Some(d) = separate_day
            {
                (r.date, r.why.date) = (Some(dates::DateRef { at: 0, ..d }), "date/the-day-of-separate-attacks");
            }
            r
        });
        // Read only while it matters: most sentences neither open nor close such a day.
        if SEPARATE_ATTACKS.is_match(s) {
            separate_day =
                attack_dates(s, published, month_first).first().copied().filter(|d| d.precision == DatePrecision::Day);
        } else if separate_day.is_some() && !attack_dates(s, published, month_first).is_empty() {
            separate_day = None;
        }
        // The last day told with its year, for the year-less days of a timeline after it.
        if s.contains(|c: char| c.is_ascii_digit())
            && let Some(d) = dates::references(s, published, month_first)
                .into_iter()
                .rev()
                .find(|d| d.precision == DatePrecision::Day && FULL_DATE.is_match(&s[d.at..]))
        {
            full_date_told = Some(d.date);
        }
        let Some(mut r) = read else {
            // "The rebels sent 9 drones at A and another four at B": each attack told its count.
            let counted = counts_of_each_target(s, gazetteer, &drafts);
            if !counted.is_empty() {
                for (i, count) in counted {
                    let why = Why { count: COUNT_OF_ITS_CLAUSE, ..Why::default() };
                    let r = Report {
                        count: Some(count),
                        why,
                        link: "count-of-each-target",
                        ..Report::of_text(s, span_in(&article.text, s))
                    };
                    drafts[i].reports.push(r);
                }
                continue;
            }
            // "The base is located near the Conoco field": where the site just told by where it
            // is lies.
            // The attack just told, or one told earlier by its region only ("... the drones were
            // destroyed at the Ain al-Asad airbase", after another attack was told between).
            let earlier = (0..drafts.len()).rev().filter(|&i| Some(i) != last);
            if let Some((i, r)) = (!drafts.is_empty())
                .then(|| SiteSentence::read(s, gazetteer))
                .flatten()
                .and_then(|site| last.into_iter().chain(earlier).find_map(|i| Some((i, site.places(&drafts[i])?))))
            {
                drafts[i].reports.push(Report { span: span_in(&article.text, s), ..r });
                continue;
            }
            // An attack told abroad ("a raid on northern Israel in which gunmen killed 30")
            // adds nothing to the attacks here.
            let mut detail = context(&s[..struck_abroad(s, gazetteer).unwrap_or(s.len())], groups_told);
            if let Some(c) = detail.as_mut() {
                if SEPARATE_ATTACKS.is_match(s) {
                    (c.killed, c.injured) = (None, None);
                }
                c.span = span_in(&article.text, s);
                if c.attacker.is_none() && told_by.is_some() {
                    (c.attacker, c.why.attacker) = (told_by, "attacker/strikes-told-before");
                }
            }
            // A count of other projectiles is about another attack.
            if let (Some(c), Some(i)) = (detail.as_mut(), last)
                && !c.weapon.agrees_with(drafts[i].weapon())
            {
                c.count = None;
            }
            // "Last November, a bomb in the capital killed six": figures of another time are another
            // event's, unless that time is the attack's own.
            // "In the deadliest incident, 20 were killed in June 2018": a month or a year of its own.
            // Read only when the sentence has figures to lend.
            let refs = std::cell::OnceCell::new();
            let refs = || refs.get_or_init(|| dates::references(s, published, month_first));
            let a_period_of_its_own = |d: &Draft| {
                refs().iter().any(|t| {
                    (t.precision != DatePrecision::Day || FULL_DATE.is_match(&s[t.at..]))
                        && d.date().is_some_and(|x| !dates_close(x, *t))
                })
            };
            let of_another_time = |d: &Draft| {
                (OTHER_TIME.is_match(s) || d.told_at_another_time(s) || a_period_of_its_own(d))
                    && !refs().first().is_some_and(|t| d.date().is_some_and(|x| dates_close(x, *t)))
            };
            // "... for killing two of its guards in Israeli strikes on Damascus": the figures of an
            // attack on another place, far from the incident's.
            let of_another_place = |d: &Draft| {
                let Some(here) = d.place() else { return false };
                if !ONE_ATTACK.is_match(s) && facts::weapons(s).is_empty() {
                    return false;
                }
                let elsewhere: Vec<Target> = targets_of(s, gazetteer)
                    .into_iter()
                    .filter(|t| t.place.kind.geo_precision() != crate::model::GeoPrecision::Region)
                    .collect();
                !elsewhere.is_empty() && elsewhere.iter().all(|t| another_target_apart(here, t.place))
            };
            if drafts.is_empty()
                && day_tally.is_none()
                && let Some(c) = &detail
                && c.killed == Some(0)
                && c.injured == Some(0)
                && TALLY_OF_A_DAY.is_match(s)
                && let told = attack_dates(s, published, month_first)
                && let day = told.iter().find(|d| d.precision == DatePrecision::Day).copied()
                // A day, or none that can be read (an undated page's "late on November 23").
                && (day.is_some() || told.is_empty())
            {
                let why = Why { date: if day.is_some() { "date/the-days-tally" } else { "" }, ..c.why };
                day_tally = Some(Report { date: day, why, ..Report::figures_only(c) });
            }
            let target = match (detail, last) {
                // Past a paragraph break a casualty sentence may be about anything: it only fills
                // figures the incident lacks.
                (Some(mut c), Some(i))
                    if c.claim.is_none()
                        && c.launch.is_none()
                        && c.range.is_none()
                        && !drafts[i].answered_by(&c)
                        && !of_another_time(&drafts[i])
                        && !of_another_place(&drafts[i])
                        && (para == last_paragraph || drafts[i].lacks_figures_of(&c)) =>
                {
                    if para != last_paragraph {
                        drafts[i].keep_new_figures(&mut c);
                        c.link = "detail-fills-figures";
                    }
                    drafts[i].keep_stated_zeros(&mut c);
                    Some((c, i))
                }
                (Some(mut c), _)
                    if !drafts.is_empty() && (c.claim.is_some() || c.launch.is_some() || c.range.is_some()) =>
                {
                    c.link = "detail-of-the-story";
                    Some((c, 0))
                }
                // A claim told before the attack it claims ("A group claimed attacks on two bases.
                // Drones struck ..."): kept for the first attack told.
                (Some(mut c), None) if c.claim.is_some() => {
                    c.link = "claim-before-attack";
                    early_claims.push(c);
                    None
                }
                _ => None,
            };
            if let Some((c, i)) = target {
                share_figures(&mut drafts, i, &c);
                drafts[i].reports.push(c);
            }
            continue;
        };
        r.span = span_in(&article.text, s);
        if r.attacker.is_none() && told_by.is_some() {
            (r.attacker, r.why.attacker) = (told_by, "attacker/strikes-told-before");
        }
        let site_told = |town: &Place, written: &str| {
            let told = drafts.iter().rev().flat_map(|d| d.reports.iter().rev()).filter_map(|x| x.place.as_ref());
            crate::gazetteer::site_named_by(town, written, told.map(|(p, t)| (*p, t.as_str())))
        };
        if let Some((town, written)) = &r.place
            && let Some(site) = site_told(town, written)
        {
            r.place = Some((site, written.clone()));
        }
        for (place, written, ..) in &mut r.also {
            if let Some(site) = site_told(place, written) {
                *place = site;
            }
        }
        if para != last_paragraph {
            paragraph_drafts.clear();
        }
        last_paragraph = para;
        // A lead that sets the scene first ("The car was still burning ... on Wednesday night. A drone
        // strike had hit the vehicle") dates the attack in the sentence before.
        // A sentence that told an attack of its own is no scene set for this one.
        if drafts.first().is_none_or(|main| main.date().is_none())
            && r.date.is_none()
            && let Some(scene) = scene
            && !drafts.iter().any(|d| d.tells(scene))
        {
            r.date =
                attack_dates(scene, published, month_first).into_iter().find(|d| d.precision == DatePrecision::Day);
            r.why.date = if r.date.is_some() { "date/scene-before" } else { "" };
        }
        // "the same base": the place of the article's subject; "the camp was hit in June", "fired at
        // the base in February": the site told last, else the latest told that fits, else the subject's.
        // "a drone targeted the camp ..., hours after a delegation visited Makhmour": the site struck
        // is the one referred to, not a town the sentence names for something else.
        let site_struck = STRUCK_THE_SITE.is_match(&r.text)
            && r.place.as_ref().is_some_and(|p| p.0.kind.geo_precision() != crate::model::GeoPrecision::Site);
        // "Damascus said Israel was behind an April air strike on the same Homs base": the base told,
        // whatever town the sentence names.
        if r.place.is_none() || site_struck || SAME_PLACE.is_match(&r.text) {
            let told = |i: usize| drafts.get(i).and_then(|d| d.place_told().cloned());
            // "Joint Base Balad in Iraq. Seven mortar bombs fell inside the air base": a site the
            // sentence before named is the nearest one referred to (read only when a site is referred to).
            let named_before = scene
                .into_iter()
                .flat_map(|p| targets_of(p, gazetteer))
                .filter(|t| t.place.kind.geo_precision() == crate::model::GeoPrecision::Site)
                .map(|t| (t.place, t.text));
            // Last, a site named anywhere before ("Makhmour camp hosts refugees. ... Last December, an
            // airstrike on the camp killed three"): the latest of that kind.
            let named_earlier = sentences[..index]
                .iter()
                .rev()
                .flat_map(|&(_, p)| targets_of(p, gazetteer))
                .filter(|t| t.place.kind.geo_precision() != crate::model::GeoPrecision::Region)
                .map(|t| (t.place, t.text));
            let referred = match SAME_PLACE.is_match(&r.text) {
                true => told(0),
                false => site_referred(
                    &without_plans(&r.text),
                    named_before
                        .chain(last.into_iter().chain((0..drafts.len()).rev()).filter_map(told))
                        .chain(named_earlier),
                ),
            };
            if referred.is_some() {
                r.why.place = if SAME_PLACE.is_match(&r.text) { "place/same-place" } else { "place/the-site-told" };
            }
            r.place = referred.or(r.place.take());
        }
        if drafts.is_empty() {
            // "Several factions vowed to target US forces. ... Most recently, rockets targeted the
            // base": a story of words, whose first attack is told as what came before them.
            static LOOKING_BACK: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?i)^\W*(?:most recently|recently|previously|in the past|in recent (?:days|weeks|months|years)|last time)\b").unwrap()
            });
            let role = if index > 1 && LOOKING_BACK.is_match(&r.text) { Role::Background } else { Role::Main };
            // On a page with no date, such an attack told with no time nor figures has no year.
            if role == Role::Background && published.is_none() && r.date.is_none() && !r.has_figures() {
                continue;
            }
            let also = split_targets(&mut r);
            r.link = "event/lead";
            let mut reports = vec![r];
            reports.append(&mut early_claims);
            drafts.push(Draft::new(role, reports, None, false));
            last = Some(0);
            paragraph_drafts.push(0);
            add_targets(&mut drafts, also, last, &mut paragraph_drafts);
            continue;
        }
        // The date of draft `i`; the article's subject told without one is of the day of publication.
        let day_of = |drafts: &[Draft], i: usize| {
            let publication = published.map(|date| dates::DateRef { date, precision: DatePrecision::Day, at: 0 });
            drafts[i].date().or(publication.filter(|_| i == 0))
        };
        // "Five days after Soleimani's death, Iran fired missiles at ...": so many days on from the
        // event the opening names, as told before with its day; never counted from the story's day.
        // "Two days after the attack, ...": the attack told last with its day.
        let named_event = event_named_in_opening(&r.text);
        if r.date.is_none()
            && let Some((offset, names)) = &named_event
            && let Some(d) = drafts.iter().rev().find_map(|d| {
                let named = names
                    .as_ref()
                    .is_none_or(|names| d.reports.iter().any(|x| names.iter().any(|n| x.text.contains(n.as_str()))));
                d.date().filter(|day| named && day.precision == DatePrecision::Day)
            })
        {
            r.date = Some(dates::DateRef { date: d.date + chrono::TimeDelta::days(*offset), ..d });
            r.why.date = "date/counted-from-the-event-named";
        }
        // "..., two days after drones attacked the consulate": counted from the clause before, which
        // may tell its own day ("on Wednesday, the same day ..."), a vague one ("last week": unknown)
        // or none (then it is of the attack it was filed with).
        let tail_base = match (ANOTHER_DAY_TOLD.is_match(s) && named_event.is_none(), scene) {
            (true, Some(head)) => Some(match dates::references(head, published, month_first).first() {
                Some(d) => Some(*d),
                None if VAGUE_TIME.is_match(head) => None,
                None => last.and_then(|i| day_of(&drafts, i)),
            }),
            _ => None,
        };
        if r.date.is_none()
            && let Some(base) = tail_base
        {
            r.date = base
                .filter(|d| d.precision == DatePrecision::Day)
                .zip(days_from_previous(&r.text))
                .map(|(d, days)| dates::DateRef { date: d.date + chrono::TimeDelta::days(days), ..d });
            r.why.date = if r.date.is_some() { "date/clause-counted-from-the-one-before" } else { "" };
        }
        // "On August 20, a blast hit a depot. A week earlier, ...": opening on how much earlier, a
        // sentence counts from the day the one before told, attack of the story or not.
        static OPENS_EARLIER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^\W*(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+(?:earlier|before)\s*,").unwrap()
        });
        let day_before_told = || {
            sentence_before
                .filter(|_| OPENS_EARLIER.is_match(&r.text))
                .and_then(|p| dates::references(p, published, month_first).into_iter().find(|d| !said_at(p, d.at)))
                .filter(|d| d.precision == DatePrecision::Day)
        };
        // "The next morning, ...": a date counted from the attack told before.
        if r.date.is_none()
            && named_event.is_none()
            && tail_base.is_none()
            && let Some(days) = days_from_previous(&r.text)
            // "The attack came a day after ...": the attack is the article's subject.
            && let Some(prev) = day_before_told().or_else(|| {
                (if days < 0 { Some(0) } else { last })
                    .and_then(|i| day_of(&drafts, i))
                    .filter(|d| d.precision == DatePrecision::Day)
            })
        {
            r.date = Some(dates::DateRef { date: prev.date + chrono::TimeDelta::days(days), ..prev });
            r.why.date = "date/counted-from-the-attack-before";
        }
        // "A similar strike on Monday", "killed last month in another rocket attack": an attack of its
        // own, of the kind of the story's attack ("gunmen attacked" tells its own); where, only if it
        // says ("on the base" is the site told).
        // A clause split off as "two days after drones attacked ..." tells another day's attack too.
        let of_the_story_site = |r: &Report| {
            r.place.as_ref().is_some_and(|(p, _)| drafts.first().and_then(Draft::place).is_some_and(|q| q.id == p.id))
        };
        let another = EARLIER_ON_THE_TARGET.is_match(&r.text)
            || (ANOTHER_ATTACK_TOLD.is_match(&r.text)
            && !(only_quoted_another(&r.text) && of_the_story_site(&r)))
            || (ANOTHER_DAY_TOLD.is_match(&r.text) && days_from_previous(&r.text) != Some(0))
            // "Earlier on Friday, a drone struck near an army post", placed after: an attack of its
            // own that day.
            || (earlier_or_later(&r.text)
                && r.weapon != Weapon::Unknown
                && r.place.is_none()
                && drafts[0].place().is_some());
        if another && r.weapon == Weapon::Unknown && !lexicon::Lexicon::embedded().attackers_of_no_class(&r.text) {
            r.weapon = drafts[0].weapon();
            r.why.weapon = "weapon/of-the-story";
        }
        // "Two rockets struck a base in eastern Syria. The morning attack on Mission Support Site
        // Conoco came as ... a drone strike in Baghdad": the attack just told, at last with its site;
        // a weapon named elsewhere in the sentence is not its own.
        if !another
            && r.also.is_empty()
            && let Some(i) = last
            && let Some(m) = THE_ATTACK_ON.find(&r.text)
            && drafts[i].place().is_none_or(|p| p.kind.geo_precision() == crate::model::GeoPrecision::Region)
            && r.date.is_none_or(|d| drafts[i].day().is_none_or(|x| x == d.day()))
            && drafts[i].same_attacker(&r)
        {
            if facts::weapons(m.as_str()).is_empty() {
                (r.weapon, r.why.weapon) = (Weapon::Unknown, "");
            }
            r.link = "the-attack-on";
            drafts[i].reports.push(r);
            continue;
        }
        // "..., adding that the attack was under investigation": nothing of its own to tell it
        // apart, so it is about the attack just told ("in either attack": each told in the paragraph).
        // "Last week, 12 fighters were killed in an ambush in a nearby village": a
        // time of its own, though a vague one, that the attack was not told with.
        // "Only last Thursday, airstrikes killed four": an undated opening on another time.
        let placeless = r.place.is_none().then(|| r.text.clone());
        let undated_other_time = r.date.is_none() && OTHER_TIME.is_match(&r.text);
        // "The base had come under attack by two drones the previous week as well": the site told
        // again, at a vague time of its own, is another attack on it.
        let undated_placed = (r.date.is_none() && r.place.is_some()).then(|| r.text.clone());
        let another_time = |d: &Draft| match (placeless.as_deref(), undated_placed.as_deref()) {
            (Some(t), _) => undated_other_time || d.told_at_another_time(t),
            (None, Some(t)) => d.told_at_another_time(t),
            (None, None) => false,
        };
        if !another
            && r.date.is_none()
            && r.place.is_none()
            && r.weapon == Weapon::Unknown
            && let Some(i) = last
            && drafts[i].same_attacker(&r)
            && !another_time(&drafts[i])
        {
            // "However the strikes killed five", after the US struck back; "the base was the staging
            // point for an attack on X, which killed 72": nothing of the attack.
            if drafts[i].answered_by(&r) || STAGING_POINT.is_match(&r.text) {
                continue;
            }
            r.link = "nothing-of-its-own";
            if EACH_ATTACK.is_match(&r.text) {
                for &j in paragraph_drafts.iter().filter(|&&j| j != i) {
                    drafts[j].reports.push(Report { link: "each-attack", ..r.clone() });
                }
            }
            share_figures(&mut drafts, i, &r);
            drafts[i].reports.push(r);
            continue;
        }
        let also = split_targets(&mut r);
        let rp = r.place.as_ref().map(|p| p.0);
        // "Also on Wednesday, two drones attacked the base": a day of its own, not a day's slack.
        // "A day earlier, two drones targeted another field": a day told apart from the one before.
        let own_day = (ALSO.is_match(&r.text) || days_from_previous(&r.text).is_some_and(|n| n != 0))
            .then(|| r.date.map(|x| x.day()))
            .flatten();
        // A strike by the United States or Israel told without a place answers an attack told with its
        // weapon ("rockets hit the base"); it is not that attack.
        let answers = |d: &Draft| r.place.is_none() && d.weapon() != Weapon::Unknown && d.answered_by(&r);
        // "US Central Command conducts strikes against militia targets in Iraq. Earlier in the day,
        // militants attacked coalition forces at Erbil": the attack that was answered, not the answer.
        static ON_US_FORCES: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b(?:attacked|targeted|struck|hit|on|against)\s+(?:the\s+)?(?:US|U\.S\.|American|coalition|international coalition|US-led coalition)\s+(?:[\w-]+\s+)?(?:forces|troops|personnel|soldiers|service\s?members|bases?)\b").unwrap()
        });
        let answered = |d: &Draft| {
            d.place().is_none()
                && d.attacker().is_some_and(|a| RETALIATORS.contains(&a))
                && match r.attacker.as_deref() {
                    Some(a) => Some(a) != d.attacker(),
                    None => ON_US_FORCES.is_match(&r.text),
                }
        };
        // "Security sources spoke of a missile attack near Erbil airport", after drones hit the airport:
        // the story's site told again without a day of its own is the story's attack, whatever
        // weapon this source names. So is "the rocket attack on the Kurdistan region": the attack
        // just told, named by the region that holds its site.
        let the_attack = THE_ATTACK_TOLD.is_match(&r.text);
        // "Rockets hit a party's offices in Koye, near Erbil ... drones targeted two bases near Erbil
        // and Sulaimaniyah", "... the IRGC's attack on Erbil was denounced": the town the story's
        // site was placed by, told again as what the target was near or what was attacked, is that
        // site.
        static ATTACK_ON: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b(?:attacks?|strikes?|assault|bombardment|shelling)\s+(?:on|against)\s+$").unwrap()
        });
        let placed_by = |d: &Draft| {
            (r.place_is_landmark() || r.place_told_after(&ATTACK_ON))
                && r.place.as_ref().is_some_and(|(p, text)| {
                    d.place().is_some_and(|q| q.id != p.id)
                        && d.place_report().is_some_and(|x| {
                            x.text.find(text.as_str()).is_some_and(|at| NEAR_LANDMARK.is_match(&x.text[..at]))
                        })
                })
        };
        // "An airstrike hit a paramilitary base in Baghdad ... five were hurt in the explosion at Camp
        // Kalsu": the site the story's attack was told at, named.
        let names_its_site = |d: &Draft| {
            use crate::model::GeoPrecision::{Site, Town};
            the_attack
                && rp.is_some_and(|p| {
                    p.kind.geo_precision() == Site
                        && d.place().is_some_and(|q| {
                            q.kind.geo_precision() == Town
                                && geodesy::distance_km(p.location, q.location) <= SITE_NAMED_LATER_KM
                        })
                })
                && d.reports.iter().any(|x| A_SITE.is_match(&x.text))
        };
        // "A drone killed a fighter in Sinjar. The drone targeted a car in Sinune": the spot struck.
        let the_weapon = r.weapon != Weapon::Unknown && the_weapon_struck(&r.text);
        let the_weapon_again = |d: &Draft| {
            the_weapon
                && d.weapon().agrees_with(r.weapon)
                && rp.is_some_and(|p| {
                    p.kind.geo_precision() != GeoPrecision::Region
                        && d.place()
                            .is_some_and(|q| geodesy::distance_km(p.location, q.location) <= WEAPON_TOLD_AGAIN_KM)
                })
        };
        // "Earlier on Saturday, jets struck near the dam", after a drone hit it: a time of its own.
        let told_again = |d: &Draft| {
            d.role == Role::Main
                && !another
                && r.date.is_none()
                && !ALSO.is_match(&r.text)
                && !earlier_or_later(&r.text)
                && (placed_by(d)
                    || (rp.is_some_and(|p| d.place().is_some_and(|q| q.id == p.id || (the_attack && holds(p, q))))
                        && fits_but_weapon(d, &r))
                    || (names_its_site(d) && (r.weapon == Weapon::Unknown || r.weapon == d.weapon()))
                    || the_weapon_again(d))
        };
        // "Rocket lands near the airport" as the headline, then "a drone dropped explosives at the
        // airport late on Wednesday": the body tells the headline's attack with its day and its own
        // weapon; a headline's word for the weapon is loose.
        let headline_told = |d: &Draft| {
            d.role == Role::Main
                && !another
                && d.day().is_none()
                && d.weapon_report().is_some_and(Report::headline)
                && !ALSO.is_match(&r.text)
                && !earlier_or_later(&r.text)
                && rp.is_some_and(|p| d.place().is_some_and(|q| q.id == p.id))
                && fits_but_weapon(d, &r)
        };
        // "A third rocket landed on a house in Ankawa": one of the volley that
        // struck somewhere else than the attack's site is an attack of its own there.
        // "Another drone struck the base in the oil town of Y", after a drone hit a site 12 km off: another
        // target; after a wave told by its area ("drones attacked fields in the Zakho area"), one of
        // the wave's targets.
        let stray = STRAY_PROJECTILE.find(&r.text);
        let another_one = stray.is_some_and(|m| m.as_str().to_lowercase().starts_with("another"));
        let strayed = |d: &Draft| {
            stray.is_some()
                && rp.is_some_and(|p| {
                    p.kind.geo_precision() != crate::model::GeoPrecision::Region
                        && d.place().is_some_and(|q| {
                            q.id != p.id
                                && (!another_one
                                    || (q.kind.geo_precision() == crate::model::GeoPrecision::Site
                                        && geodesy::distance_km(p.location, q.location) > ANOTHER_STRUCK_APART_KM))
                        })
                })
        };
        let another_site = ANOTHER_SITE.is_match(&r.text);
        // "The Taji base was also targeted", after rockets hit the airport: a site of its own. "Two
        // fighters were also killed in a strike near Idlib city", after strikes on a town: a strike
        // of its own, told by an indefinite article, wherever it was.
        let also_another_site = |d: &Draft| {
            use crate::model::GeoPrecision::{Region, Site};
            let also_in_a_strike = ALSO_IN_A_STRIKE.is_match(&r.text);
            (ALSO.is_match(&r.text) || also_in_a_strike)
                && rp.is_some_and(|p| {
                    d.place().is_some_and(|q| {
                        let both_sites = p.kind.geo_precision() == Site && q.kind.geo_precision() == Site;
                        let places_apart = p.kind.geo_precision() != Region && !holds(q, p) && !holds(p, q);
                        // "The strikes also targeted the outskirts of Idlib", after a town 35 km off.
                        let towns_apart = geodesy::distance_km(p.location, q.location) > TOWN_AND_SUBURB_KM;
                        // "also hit targets in western Aleppo", after its airport: a part of the
                        // town the airport is named after, told as one of its own.
                        let part_of_the_town = r.place_told_after(&COMPASS_PART);
                        (both_sites || (places_apart && (also_in_a_strike || towns_apart || part_of_the_town)))
                            && p.id != q.id
                            && (!namesakes(p, q) || part_of_the_town)
                    })
                })
        };
        // "The attack comes two weeks after a gunman killed five ...": a day counted back from the
        // story's attack is another attack's, never the story's own.
        let counted_back = r.why.date == "date/counted-from-the-attack-before"
            && days_from_previous(&r.text).is_some_and(|days| days < 0);
        let counted_from = |d: &Draft| counted_back && d.role == Role::Main;
        // On an undated page "On Saturday, about 20 rockets were launched at the base", after drones
        // were shot down there on Tuesday: two days named, two attacks.
        let day_named = if published.is_none() { r.named_day() } else { None };
        let days_apart = |d: &Draft| day_named.is_some_and(|b| d.named_day().is_some_and(|a| a.differs(b)));
        let same = |d: &Draft| {
            !counted_from(d)
                && !days_apart(d)
                && !another_time(d)
                && (fits(d, &r) || told_again(d) || headline_told(d))
                && !answers(d)
                && !answered(d)
                && !another_site
                && !also_another_site(d)
                && !strayed(d)
                && own_day.is_none_or(|day| d.day().is_none_or(|x| x == day))
        };
        // Another attack joins only one told on its own day.
        let joins = |d: &Draft| match another {
            true => {
                r.date.is_some() && d.day() == r.date.map(|x| x.day()) && d.place().map(|p| &p.id) == rp.map(|p| &p.id)
            }
            // An undated attack told again joins one told without a day of its own too.
            false => d.role == Role::Main || r.date.is_some() || (d.day().is_none() && !d.another),
        };
        let told_before = last;
        // "Hours before the army was targeted, rockets landed near Prde" (the opening split off and
        // read after): an attack told elsewhere by its time from the one just told is not that one.
        let timed_from_the_last = r.span.as_ref().is_some_and(|span| {
            let head = &article.text[..span.start];
            let opening = head.rfind(['.', '\n']).map_or(head, |at| &head[at + 1..]).trim_start();
            opening.trim_end().ends_with(',') && ANOTHER_DAY_TOLD.is_match(opening)
        });
        let not_timed_from = |i: usize| {
            !(timed_from_the_last
                && told_before == Some(i)
                && rp.is_some_and(|p| drafts[i].place().is_some_and(|q| q.id != p.id)))
        };
        // "The rockets landed at around 7 pm", after rockets were told beside an attack of no weapon
        // named: told with neither place nor day, the attack just told with that weapon.
        let detail_first = told_before.filter(|&i| {
            r.place.is_none()
                && r.date.is_none()
                && r.weapon != Weapon::Unknown
                && drafts[i].weapon() == r.weapon
                && drafts[0].weapon() == Weapon::Unknown
        });
        // "The base had seen a similar raid in February. The missiles hit a hangar": told on in
        // its paragraph with no day of its own, the earlier attack just told goes on.
        let earlier_goes_on = told_before.filter(|&i| {
            drafts[i].another
                && !another
                && r.date.is_none()
                && paragraph_drafts.contains(&i)
                && rp.is_none_or(|p| drafts[i].place().is_some_and(|q| q.id == p.id))
                && same(&drafts[i])
        });
        let first = earlier_goes_on.or(detail_first);
        let mut order = first.into_iter().chain((0..drafts.len()).filter(|&i| Some(i) != first));
        last = if let Some(i) =
            order.find(|&i| Some(i) == earlier_goes_on || same(&drafts[i]) && joins(&drafts[i]) && not_timed_from(i))
        {
            if r.place.is_none() {
                share_figures(&mut drafts, i, &r);
            }
            r.link = if fits(&drafts[i], &r) { "same-attack" } else { "same-site-told-again" };
            // Two towns: the one the weapon struck is the spot; a site is told by its own name.
            if the_weapon_again(&drafts[i]) && rp.is_some_and(|p| p.kind.geo_precision() == GeoPrecision::Town) {
                r.why.place = WHERE_THE_WEAPON_STRUCK;
            }
            drafts[i].reports.push(r);
            Some(i)
        } else if !another
            && r.date.is_none()
            && rp.is_some()
            && drafts.len() > 1
            && same(drafts.last().unwrap())
            && not_timed_from(drafts.len() - 1)
        {
            r.link = "same-as-the-attack-before";
            drafts.last_mut().unwrap().reports.push(r);
            Some(drafts.len() - 1)
        } else if r.date.is_some() || rp.is_some() {
            r.link = if another { "event/another-attack" } else { "event" };
            // "The dawn strikes also hit targets in western Aleppo": more of the attack just told, on
            // its day, with its weapon.
            let more_of_it = !another
                && told_before.is_some()
                && ALSO.is_match(&r.text)
                && THE_ATTACKS.is_match(&r.text)
                && dates::references(&r.text, published, month_first).is_empty();
            if let Some(i) = told_before.filter(|_| more_of_it && r.weapon == Weapon::Unknown) {
                (r.weapon, r.why.weapon) = (drafts[i].weapon(), "weapon/of-the-attacks-told");
            }
            let role = match told_before {
                Some(i) if more_of_it => drafts[i].role,
                _ => Role::Background,
            };
            let weapon = r.weapon;
            let mut reports = vec![r];
            // "A contractor died and five were injured when a drone hit a facility in the north-east.
            // ... The drone strike occurred at a base near Hasakah": the figures told before the place.
            // "... The assault took place in the remote Rukban area": the attack just told, placed.
            let placed_here = weapon == Weapon::Unknown && TOOK_PLACE.is_match(&reports[0].text);
            if let Some(mut u) =
                unplaced.take_if(|u| !another && ((weapon != Weapon::Unknown && u.weapon == weapon) || placed_here))
            {
                u.link = "figures-told-before-the-place";
                reports.push(u);
            }
            drafts.push(Draft::new(role, reports, None, another));
            Some(drafts.len() - 1)
        } else if let Some(i) = told_before.filter(|&i| {
            !another && THE_ATTACK_TOLD.is_match(&r.text) && drafts[i].same_attacker(&r) && !days_apart(&drafts[i])
        }) {
            // "Because of the rocket strike, flights were halted", "The bomb caused no human damage":
            // the attack just told, whatever weapon this sentence names; its figures are that
            // attack's, and what follows is still about it.
            if let Some(m) = ANSWERS.find(&r.text) {
                let own = facts::casualties(&r.text[..m.start()]);
                r.take_casualties(own);
            }
            if r.killed.is_some() || r.injured.is_some() {
                let mut figures = Report { link: "the-attack-told", ..Report::figures_only(&r) };
                drafts[i].keep_stated_zeros(&mut figures);
                drafts[i].reports.push(figures);
            }
            Some(i)
        } else {
            // An attack told with its toll but neither place nor day: kept for the place told next.
            if !another && (r.killed.is_some() || r.injured.is_some()) && r.weapon != Weapon::Unknown {
                unplaced = Some(r);
            }
            None
        };
        paragraph_drafts.extend(last.filter(|i| !paragraph_drafts.contains(i)));
        add_targets(&mut drafts, also, last, &mut paragraph_drafts);
        // "..., three days after a previous attack on the camp. Five soldiers were wounded": the
        // figures that follow are the story's attack's, not the one its clause recalled.
        if told_before.is_some() && ANOTHER_DAY_TOLD.is_match(s) {
            last = told_before;
        }
    }
    if let Some(t) = &day_tally {
        give_the_days_tally(&mut drafts[tallied..], t);
    }
    // "This image shows the remains of one of two drones that targeted the Ain al-Asad base" (a
    // caption), then "two drones targeting a base in Anbar were destroyed on Tuesday ... at the Ain
    // al-Asad airbase": an attack told with no day, at the site and with the weapon (or none) and the
    // count of one told with its day, is that attack; so is "the Palmyra attack" beside "an Israeli
    // airstrike on Palmyra on 14 October".
    let mut k = 1;
    while k < drafts.len() {
        let other = &drafts[k];
        let undated = other.role == Role::Background && !other.another && other.day().is_none();
        let count = |d: &Draft| d.reports.iter().find_map(|r| r.count);
        let dated = (0..drafts.len()).filter(|_| undated).find(|&j| {
            let d = &drafts[j];
            j != k
                && d.day().is_some_and(|(_, p)| p == DatePrecision::Day)
                && d.weapon() != Weapon::Unknown
                && d.weapon().agrees_with(other.weapon())
                && d.place().is_some_and(|p| other.place().is_some_and(|q| p.id == q.id))
                && count(other).is_none_or(|c| count(d) == Some(c))
        });
        if let Some(j) = dated {
            let mut moved = drafts.remove(k).reports;
            let j = if j > k { j - 1 } else { j };
            for r in &mut moved {
                drafts[j].keep_new_figures(r);
                r.link = "the-attack-told-with-its-day";
            }
            drafts[j].reports.extend(moved);
        } else {
            k += 1;
        }
    }
    // An attack told without a date of its own ("At Sherawa, a missile barrage hit a base") is of
    // the story's day: history comes with its date ("in 2018") or a time of its own, though a
    // vague one ("the previous week", "last year").
    // Only a day the lead states: a lead reported on the day of publication for want of one (see
    // `finish`) lends no day to the other attacks told (measured: dating them so cost matches on
    // unseen pages).
    lend_the_opening_day(&mut drafts, &article.text, &sentences, published, month_first);
    let story_day = drafts.first().and_then(|d| d.date()).filter(|d| d.precision == DatePrecision::Day);
    for d in drafts.iter_mut().skip(1) {
        if d.date().is_none()
            && !d.another
            && d.place().is_some()
            && !VAGUE_TIME.is_match(&d.reports[0].text)
            && let Some(day) = story_day
        {
            d.reports[0].date = Some(day);
            d.reports[0].why.date = "date/story-day";
        }
    }
    // "claimed the attacks", "claimed attacks on those locations": a claim of the story's attacks
    // covers every target struck that day.
    let claim_of_all = drafts.first().and_then(|main| {
        main.reports
            .iter()
            .find(|r| r.claim.is_some() && ALL_ATTACKS.is_match(&r.text))
            .map(|r| Report::claim_only(r, "claim-of-all-attacks"))
    });
    // "A group claimed the attack on Monday, adding they also launched a drone at X": the attack
    // claimed is the story's, told before; X is another.
    static CLAIMED_IT_AND_ANOTHER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bclaimed\s+(?:responsibility\s+for\s+)?the\s+attack\b(?:\s+on\s+\w+day)?,?\s+(?:adding|saying)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?also\b").unwrap()
    });
    if let Some(main) = drafts.first()
        && main.reports.iter().all(|r| r.claim.is_none())
        && let Some(claim) = drafts.iter().skip(1).flat_map(|d| &d.reports).find(|r| {
            r.claim.is_some()
                && CLAIMED_IT_AND_ANOTHER.is_match(&r.text)
                && r.date.is_none_or(|x| Some(x.day()) == main.day())
        })
    {
        let claim = Report::claim_only(claim, "claim-of-the-attack-told");
        drafts[0].reports.push(claim);
    }
    if let Some(claim) = claim_of_all
        && story_day.is_some()
    {
        let day = story_day.map(|x| x.day());
        for d in drafts.iter_mut().skip(1) {
            if d.day() == day && d.reports.iter().all(|r| r.claim.is_none()) {
                d.reports.push(Report::claim_only(&claim, "claim-of-all-attacks"));
            }
        }
    }
    // "Rockets targeted two bases but nobody was hurt in the attacks", before the second base is
    // told: none hurt in any of the day's attacks, those told after it too (a toll of them all is
    // no one attack's).
    let none_hurt = |r: &Report| {
        r.killed.unwrap_or(0) == 0 && r.injured.unwrap_or(0) == 0 && (r.killed.is_some() || r.injured.is_some())
    };
    let of_all: Vec<(usize, Report)> = drafts
        .iter()
        .enumerate()
        .flat_map(|(i, d)| d.reports.iter().map(move |r| (i, r)))
        .filter(|(_, r)| r.place.is_none() && none_hurt(r) && THE_ATTACKS.is_match(&r.text))
        .map(|(i, r)| (i, r.clone()))
        .collect();
    for (i, r) in of_all {
        share_figures(&mut drafts, i, &r);
    }
    // The weapon and the claim of strikes on several targets may be told after the sentence naming
    // them: targets struck together are one attack.
    for i in 0..drafts.len() {
        let Some(j) = drafts[i].struck_with else { continue };
        if drafts[i].weapon() == Weapon::Unknown {
            drafts[i].reports[0].weapon = drafts[j].weapon();
            drafts[i].reports[0].why.weapon = "weapon/struck-together";
        }
        if drafts[i].reports.iter().all(|r| r.claim.is_none())
            && let Some(claim) = drafts[j].reports.iter().find(|r| r.claim.is_some())
        {
            let claim = Report::claim_only(claim, "claim-of-targets-struck-together");
            drafts[i].reports.push(claim);
        }
    }
    // "Two bases came under drone attacks ... a group claimed the attack on the Conoco field": an
    // attack of the story's day referred to as "the attack on X" or "a strike", without a weapon, is
    // of the one weapon the day's attacks share (one told in full without its weapon stays unknown).
    let main_day = drafts.first().map(Draft::day);
    let todays: Vec<Weapon> = drafts
        .iter()
        .filter(|d| Some(d.day()) == main_day)
        .map(Draft::weapon)
        .filter(|w| *w != Weapon::Unknown)
        .collect();
    if let Some(&w) = todays.first()
        && todays.iter().all(|x| *x == w)
    {
        static THE_ATTACK_ON: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\bthe (?:attacks?|strikes?) (?:on|against)\b|\b(?:was|were) also (?:targeted|attacked|hit|struck)\b|\b(?:a|another) (?:strike|raid)\b").unwrap()
        });
        let referred = |d: &Draft| d.reports.iter().any(|r| THE_ATTACK_ON.is_match(&r.text));
        for d in drafts.iter_mut().filter(|d| Some(d.day()) == main_day && d.weapon() == Weapon::Unknown && referred(d))
        {
            d.reports[0].weapon = w;
            d.reports[0].why.weapon = "weapon/the-days-one-weapon";
        }
    }
    // "AMMAN (AP) — Gunmen attacked border positions": an attack told at a border was not in the
    // city the story was filed from.
    let at_a_border = |d: &Draft| d.reports.iter().any(|r| AT_A_BORDER.is_match(&r.text));
    // "The border was closed after an attack that killed seven troops in June last year": the
    // dateline tells where today's story was filed, not where a past attack was.
    static LONG_AGO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:last year|(?:a|one|two|several|\d+) (?:years?|months?) ago|in (?:19|20)\d\d)\b").unwrap()
    });
    let long_ago = |d: &Draft| d.reports.iter().all(|r| LONG_AGO.is_match(&r.text));
    // "A drone attack in Iraqi Kurdistan suspended operations at an oil field ... the firm operating
    // the Sarsang oil field": the one site the article names, in the region the attack was told in.
    let story_place = drafts.first().and_then(|main| match main.place() {
        None => where_the_attacks_were(&sentences, &drafts, gazetteer)
            .map(|p| (p, "place/where-the-attacks-were"))
            .or_else(|| {
                dateline_place(&article.text, gazetteer)
                    // "AMMAN: Jordan launched new air strikes": air strikes are flown abroad, from
                    // where the story was filed.
                    .filter(|_| !at_a_border(main) && !long_ago(main) && main.weapon() != Weapon::Airstrike)
                    .map(|p| (p, "place/dateline"))
            })
            // The sole site is the place of an attack told with what struck or its toll, not of a
            // story of attacks in general ("militants have launched 61 attacks on bases since October").
            .or_else(|| {
                let told = |r: &Report| {
                    r.weapon != Weapon::Unknown || r.killed.is_some() || r.injured.is_some() || r.count.is_some()
                };
                // "missiles hitting the US base near Syria's al-Khazra village": not a site in Iraq.
                let elsewhere = |site: &Place| {
                    main.reports.iter().filter(|r| r.link.starts_with("event")).any(|r| {
                        gazetteer
                            .mentions(&r.text)
                            .iter()
                            .filter_map(|m| m.lookup.best.as_ref())
                            .any(|c| c.place.kind == PlaceKind::Country && c.place.country != site.country)
                    })
                };
                sole_site(&sentences, &drafts, gazetteer)
                    .filter(|_| main.reports.iter().any(|r| r.link.starts_with("event") && told(r)))
                    .filter(|(site, _)| !elsewhere(site))
                    .map(|p| (p, "place/sole-site-of-the-story"))
            }),
        Some(region)
            if region.kind.geo_precision() == crate::model::GeoPrecision::Region
                && main.reports.iter().any(|r| A_SITE.is_match(&r.text)) =>
        {
            sole_site(&sentences, &drafts, gazetteer)
                .filter(|(p, _)| holds(region, p))
                .map(|p| (p, "place/sole-site-in-the-region"))
                .or_else(|| {
                    town_in_the_region(region, &sentences, &drafts, gazetteer).map(|p| (p, "place/town-in-the-region"))
                })
        }
        Some(_) => None,
    });
    if let Some((p, rule)) = story_place {
        // Its evidence is where the article names it first.
        let span = article.text.find(p.1.as_str()).map(|at| at..at + p.1.len());
        let why = Why { place: rule, ..Why::default() };
        let named = Report { place: Some(p.clone()), why, link: PLACE_OF_THE_STORY, ..Report::of_text(&p.1, span) };
        drafts[0].reports.push(named);
    }
    // "Iranian drones attack Koya" as a subheading, "Iran unleashes missile and drone strikes" as the
    // headline: an undated attack at the story's site, of a weapon the story's attack was told with,
    // is the story's attack told twice.
    let told_with = |d: &Draft, w: Weapon| d.reports.iter().any(|r| facts::weapons(&r.text).iter().any(|x| x.1 == w));
    let mut k = 1;
    while k < drafts.len() {
        let (main, other) = (&drafts[0], &drafts[k]);
        let twice = other.role == Role::Background
            && !other.another
            && main.day().is_none()
            && other.day().is_none()
            && main.named_day().is_none_or(|a| other.named_day().is_none_or(|b| !a.differs(b)))
            && main.place().is_some_and(|p| other.place().is_some_and(|q| p.id == q.id))
            && told_with(main, other.weapon());
        if twice {
            let mut moved = drafts.remove(k).reports;
            for r in &mut moved {
                drafts[0].keep_new_figures(r);
                r.link = "the-story-told-twice";
            }
            drafts[0].reports.extend(moved);
        } else {
            k += 1;
        }
    }
    // "Drones heading toward Israel were downed over Irbid", "the drone went down due to a technical
    // malfunction": projectiles passing over, or falling by fault, struck nothing they were sent at.
    let passing_over = PASSING_OVER.is_match(&article.text);
    let fell_only = |d: &Draft| {
        let hurt = d.reports.iter().any(|r| r.killed.unwrap_or(0) > 0 || r.injured.unwrap_or(0) > 0);
        let events: Vec<&str> = d.reports.iter().map(|r| event_clause(&r.text)).filter(|c| tells_event(c)).collect();
        !hurt && !events.is_empty() && events.iter().all(|c| FELL_OR_DOWNED.is_match(c) && !STRUCK.is_match(c))
    };
    if passing_over {
        drafts.retain(|d| !fell_only(d));
    }
    let table = WeaponTable::embedded();
    let mut incidents: Vec<Incident> = drafts
        .iter()
        .enumerate()
        // "Earlier reports suggested a drone attack on the field on Sunday", after an official denied it;
        // an attack told with its toll or its count stands against one party's denial.
        // A denial that names no day ("denied reports that the base was attacked") is of the story's
        // attack there, told as of the last days; attacks recalled from before stand.
        .filter(|(_, d)| {
            let recent = |x: dates::DateRef| published.is_none_or(|p| (0..=2).contains(&(p - x.date).num_days()));
            let of_the_story = |day: &Option<(chrono::NaiveDate, DatePrecision)>| {
                d.day() == *day || (day.is_none() && d.role == Role::Main && d.date().is_none_or(recent))
            };
            d.told_with_figures()
                || !denied.iter().any(|(id, day)| d.place().is_some_and(|p| &p.id == id) && of_the_story(day))
        })
        .filter_map(|(i, d)| {
            let unclaimed = unclaimed.contains(&i) || d.reports.iter().any(|r| unclaiming.contains(&r.text.as_str()));
            finish(article, d, published, unclaimed, table, gazetteer)
        })
        .collect();
    let sha = article.hash();
    for (n, inc) in incidents.iter_mut().enumerate() {
        inc.id = crate::model::report_id(&sha, n);
    }
    incidents
}

fn finish(
    article: &Article,
    d: &Draft,
    published: Option<chrono::NaiveDate>,
    unclaimed: bool,
    table: &WeaponTable,
    g: &Gazetteer,
) -> Option<Incident> {
    let mut inc = Incident {
        source: article.source.clone(),
        sources: vec![article.source.clone()],
        role: d.role,
        weapon: d.weapon(),
        reports: 1,
        ..Default::default()
    };
    // An attack needs a place finer than a country: "a drone attack on a US base in Jordan" cannot be
    // mapped, and reports of the same attack that do name the place are what the map is made of.
    d.place()?;
    match d.date() {
        Some(r) => (inc.date, inc.date_precision) = (Some(r.date), Some(r.precision)),
        // The article's subject with no date of its own is reported on the day of publication.
        None if d.role == Role::Main => {
            (inc.date, inc.date_precision) = (published, published.map(|_| DatePrecision::Day))
        }
        // An earlier attack mentioned in passing by a month or a day without its year ("In
        // mid-April, a drone crashed into Erbil airport" on a page with no date) cannot be placed in
        // time; the reports that told it as news are what the map is made of. On a dated page one told
        // with its figures ("last week, five rockets hit ...") is kept, unknown day and all; on a page
        // with no date, figures give it no year either.
        None if (published.is_none() || !d.told_with_figures())
            && d.reports.first().is_some_and(|r| dates::earlier_without_a_year(&r.text)) =>
        {
            return None;
        }
        None => {}
    }
    if let Some((p, text)) = d.place_told() {
        inc.place = Some(p.name.clone());
        inc.place_text = Some(text.clone());
        inc.country = Some(p.country.clone());
        inc.geo_precision = Some(p.kind.geo_precision());
        inc.location = Some(p.location);
    }
    // Which report gave each field, for its evidence.
    let mut from: Vec<(&'static str, &Report, &'static str)> = Vec::new();
    if let Some(r) = d.date_report() {
        from.push(("date", r, r.why.date));
    }
    if let Some(r) = d.place_report() {
        from.push(("place", r, r.why.place));
    }
    if let Some(r) = d.weapon_report() {
        from.push(("weapon", r, r.why.weapon));
    }
    for r in &d.reports {
        // The first count told; a bare lower bound ("one of the drones") gives way to a later
        // whole count that reaches it ("three drones attacked"), a bare upper bound ("nearly a
        // dozen") to one within it ("the 11 missiles").
        if let Some((lo, hi)) = r.count
            && match (inc.count_min, inc.count_max) {
                (None, None) => true,
                (Some(known), None) => hi.is_some_and(|h| h >= known) && lo.is_some_and(|l| l >= known),
                (None, Some(most)) => lo.is_some() && hi.is_some_and(|h| h <= most),
                _ => false,
            }
        {
            (inc.count_min, inc.count_max) = (lo, hi);
            from.retain(|f| f.0 != "count");
            from.push(("count", r, r.why.count));
        }
        // Tolls rise as a story is told ("two killed" in the lead, "three" further down): the highest,
        // of the figures told of this attack alone when there are any.
        let of_several = |f: fn(&Report) -> Option<u32>| r.toll_of_several() && d.has_own_figure(f);
        if r.killed > inc.killed && !of_several(|x| x.killed) {
            inc.killed = r.killed;
            from.retain(|f| f.0 != "killed");
            from.push(("killed", r, r.why.killed));
        }
        if r.injured > inc.injured && !of_several(|x| x.injured) {
            inc.injured = r.injured;
            from.retain(|f| f.0 != "injured");
            from.push(("injured", r, r.why.injured));
        }
        // "Tehran claimed the strikes ... a statement from the Revolutionary Guards said it had hit":
        // the force that struck speaks for its state.
        let a_state = |c: &Option<String>| c.as_deref().is_some_and(facts::is_state);
        if r.claim.is_some() && (inc.claimed_by.is_none() || (a_state(&inc.claimed_by) && !a_state(&r.claim))) {
            inc.claimed_by = r.claim.clone();
            from.retain(|f| f.0 != "claimed_by");
            from.push(("claimed_by", r, r.why.claim));
        }
        if inc.range_km.is_none() && r.range.is_some() {
            inc.range_km = r.range;
            from.push(("range_km", r, r.why.range));
        }
        if inc.launch_site.is_none()
            && let Some(l) = &r.launch
        {
            from.push(("launch_site", r, r.why.launch));
            inc.launch_site = Some(l.site.clone());
            inc.launch_distance_km = l.distance_km;
            inc.launch_bearing_deg = l.bearing_deg;
            let reference = if l.measured_from_target() {
                inc.location
            } else {
                l.reference.as_deref().and_then(|n| g.lookup(n, &Default::default()).best).map(|c| c.place.location)
            };
            inc.launch_location = match (reference, l.distance_km, l.bearing_deg) {
                (Some(p), Some(km), Some(b)) => Some(geodesy::destination(p, b, km)),
                _ => g.lookup(&l.site, &Default::default()).best.map(|c| c.place.location),
            };
        }
    }
    if unclaimed {
        inc.claimed_by = None;
        from.retain(|f| f.0 != "claimed_by");
    }
    inc.claimed_by_canonical = inc.claimed_by.as_deref().and_then(groups::canonical).map(str::to_string);
    // Who struck: as told, else the claimant.
    inc.attacker = d.attacker().map(str::to_string);
    if let Some(r) = d.attacker_report() {
        from.push(("attacker", r, r.why.attacker));
    } else if let Some((claimant, r)) =
        inc.claimed_by.clone().zip(from.iter().find(|f| f.0 == "claimed_by").map(|f| f.1))
    {
        inc.attacker = facts::attacker_named(&claimant).or_else(|| inc.claimed_by_canonical.clone()).or(Some(claimant));
        from.push(("attacker", r, "attacker/the-claimant"));
    }
    let told: Vec<&Report> = d.reports.iter().filter(|r| r.link != PLACE_OF_THE_STORY).collect();
    if inc.range_km.is_none()
        && let Some((r, w)) = told.iter().find_map(|r| table.mention(&r.text).map(|w| (*r, w)))
        && w.class == inc.weapon
        && w.range_km.is_some()
    {
        inc.range_km = w.range_km;
        from.push(("range_km", r, "range/weapon-table"));
    }
    inc.evidence = Some(told.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join(" | "));
    inc.provenance = from
        .into_iter()
        .map(|(field, r, rule)| Evidence {
            field: field.to_string(),
            rule: rule.to_string(),
            link: r.link.to_string(),
            source: article.source.clone(),
            start: r.span.as_ref().map(|s| s.start),
            end: r.span.as_ref().map(|s| s.end),
            text: r.text.clone(),
        })
        .collect();
    if inc.date.is_some() && !inc.provenance.iter().any(|e| e.field == "date") {
        inc.provenance.push(Evidence {
            field: "date".into(),
            rule: crate::model::PUBLICATION_DAY_RULE.into(),
            link: "event/lead".into(),
            source: article.source.clone(),
            ..Default::default()
        });
    }
    Some(inc)
}
