import Foundation

/// Relations from trigger words and the entities around them in a sentence.
extension Extractor {
    /// "called" is a phone call only with a person after it ("called Ruto", "called
    /// his counterpart"), not "called for a ceasefire" or "called on Kigali to"; a
    /// video call counts as a call, and so does speaking "telephonically", as South
    /// African readouts write it; so is "a call" received from, made to or had with
    /// someone (not a courtesy call, a visit).
    static let phoneTrigger = OpeningWordPattern(#"\b(?:tele)?phone(?:d)?\b|\bdial(?:l?ed|s)\b|(?<!so-)\bcalled\s+(?=(?:him|her|his|their)\b|(?:the\s+)?(?-i:\p{Lu}))(?!(?-i:[A-Z][a-z]*day\b|(?:On|It|For)\b))|\bphone call\b|\bspoke by phone\b|\b(?:spoke|speaks|spoken)\s+telephonically\b|\bvideo\s*(?:call|link|conference)\b|\bvideoconference\b|\b(?:received|receives|receiving|took|takes|taking|made|makes|making|returned|returns|had|has|have|having)\s+(?:a|an)\s+(?:(?!courtesy\b)[\w"“”'’-]+\s+){0,2}call\s+(?:from|to|with)\b"#,
        opening: .word(["telephone", "telephoned", "phone", "phoned", "dialed", "dialled", "dials", "called", "spoke", "speaks", "spoken", "video", "videocall", "videolink", "videoconference",
                        "received", "receives", "receiving", "took", "takes", "taking", "made", "makes", "making", "returned", "returns", "had", "has", "have", "having"]))
    /// "hosted" or "received" meets a guest named after it ("hosted Kenyan
    /// President William Ruto", "received the EU Special Representative, X",
    /// "received the chancellor" (a post the article gave someone),
    /// "received in audience X", "received at the palace today X"), a pair
    /// ("received both ministers"), not a gathering ("hosted the summit"), or the
    /// head of a delegation ("received a delegation led by X"); the passive meets
    /// the host after it ("was welcomed in Lima by ..."). Talks held, begun or
    /// resumed (not indirect ones), to be held, or "during talks in Seoul" (not
    /// "during the talks", which others may hold) are a meeting. So is handing someone a letter in person: "handed
    /// President X a letter", "handed over a message from Y to President X" (not Y,
    /// who sent it). "greeted" meets as "welcomed" does. "held a summit with X" is
    /// a meeting, as held talks are; so are shaking hands, bidding farewell ("bid
    /// farewell to X", "was seen off by X"), a meal with someone, a joint press
    /// conference, a tête-à-tête and exchanging views with someone, and so is
    /// hosting a meal for someone ("hosted a working dinner for the two ministers"),
    /// hosting or chairing talks "attended by" others, joining someone "for a
    /// working dinner", receiving "the head of" a body, and visiting a leader
    /// ("also visited President X"). Two who discuss, agree or sign
    /// "during" one's visit met; so do two who have a conversation (one by phone
    /// is a call: the rule for calls takes the sentence then).
    static let meetTrigger = OpeningWordPattern(#"\b(?:met|meets|meet|meeting|meetings|(?:held|hold|holds|holding|began|begin|begins|beginning|opened|resumed|resume|resumes|resuming|concluded|concludes|concluding|completed|wrapped up|wraps up|wrapping up) (?:(?:the|a|an) (?:[\w-]+ ){0,2}(?:round|session|edition) of )?(?:(?!(?:indirect|proximity|phone|telephone|video|virtual)\b)[\w'’-]+ ){0,5}(?:talks|consultations?|negotiations|discussions|summit|dialogue|retreat)|(?<=\b(?:discussed|discusses|discuss|talked|agreed|pledged|vowed|reaffirmed|adopted|exchanged\sviews|reviewed|signed|signs|inked)\b[^.;:]{0,160})during\s+(?:the\s+latter['’]s|the\s+former['’]s|his|her|their|(?-i:\p{Lu})[\p{L}-]+['’]s)\s+(?:[\w-]+\s+){0,3}visit\b|co-?chair(?:ed|s|ing)? (?:the|a|an|their) (?:(?!(?:phone|telephone|video|virtual)\b)[\w-]+ ){0,5}(?:summit|talks|dialogue|consultations|session)\b|chair(?:ed|s|ing)?\s+(?:the|a|an|their)\s+joint\s+(?:[\w-]+\s+){0,2}(?:session|meeting|sitting)\b|(?:during|after|following|at) (?!the\b)(?:[\w-]+ ){0,2}(?:talks|consultations?)(?! between\b)|(?:during|after|following|at) their (?:[\w-]+ ){0,2}summit\b|in their (?:[\w-]+ ){0,3}(?:talks|meeting)\b|talks with|(?<=\b(?:a|an)\s(?:[\w-]{1,20}\s)?)summit\s+with(?=\s+(?:his\s+|her\s+)?(?-i:\p{Lu}))|sat down with|(?:shook|shake|shakes|shaking) hands|(?:held|hosted|had|gave)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2})?(?:lunch|luncheon|dinner|breakfast)\s+with(?=\s+(?:his\s+|her\s+|the\s+)?(?-i:\p{Lu}))|(?:held|hold|holds|holding|had|have|has)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}t[eê]te-[aà]-t[eê]te\b|(?:held|hold|holds|holding|gave|give|gives|giving|addressed|address|addresses)\s+(?:a|an)\s+joint\s+(?:press|news)\s+conference\b|exchanged\s+views\s+with(?=\s+(?:his\s+|her\s+|the\s+)?(?-i:\p{Lu}))|(?:bid|bade|bids|bidding)\s+(?:a\s+)?farewell\s+to(?=\s+(?:his\s+|her\s+|the\s+)?(?-i:\p{Lu}))|(?:was|were)\s+seen\s+off\b|(?:handed|hands|handing)(?=\s+(?-i:\p{Lu}))|(?:had|has|have|having|held)\s+(?:a|an)\s+(?:(?:brief|short|informal|private)\s+)?conversation\s+with|(?:hand|handed|hands|handing|convey|conveyed|conveys|conveying|deliver|delivered|delivers|delivering)\s+(?:over\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:letter|message)\s+(?:from\s+[^,.;]{0,60}?\s+)?(?<!addressed\s)(?<!sent\s)(?<!written\s)to(?=\s+(?:his\s+|her\s+)?(?-i:\p{Lu}))|paid\s+(?:a\s+)?courtesy\s+(?:call|visit)\s+(?:on|to)|paid\s+(?:a\s+)?(?:call|visit)\s+(?:on|to)(?=\s+(?:President|Prime\s+Minister|Vice\s+President|Speaker|King|Queen|Emir|Sultan|Crown\s+Prince|Chancellor|Premier|Pope|Foreign\s+Minister)\s+(?-i:\p{Lu})|\s+Speaker\s+of\s+(?-i:\p{Lu}))|(?:visited|visits|visiting)(?=\s+(?:President|Prime\s+Minister|King|Queen|Emir|Sultan|Chancellor|Premier|Pope)\s+(?-i:\p{Lu}))|(?<=\b(?:have|has|had|having|held|hold|holds|granted|grants|gave|given)\s{1,3}(?:an?\s{1,3})?(?:(?:private|royal|brief)\s{1,3})?)audience\s+with(?=\s+(?:his\s+|her\s+|the\s+)?(?-i:\p{Lu}))|(?:receive|received|receives|receiving)\s+(?:a\s+)?courtesy\s+(?:call|visit)\s+from|(?:presented|presents|presenting|present|handed\s+over)\s+(?:his|her|their)\s+(?:(?:letters?|copies)\s+of\s+credence|credentials)\s+to|(?:called|call|calls|calling)\s+on(?=\s+(?:his|her|the\s+(?-i:\p{Lu})|the\s+visiting\b|(?-i:\p{Lu}))(?![^,.;]*\bto\s+(?-i:\p{Ll})))|(?:was|were|will\s+(?:also\s+)?be|would\s+(?:also\s+)?be|is\s+to\s+be|(?:was|were|is)\s+(?:also\s+)?(?:due|expected|scheduled|set)\s+to\s+(?:also\s+)?be)\s+(?:(?:warmly|later|also|then|formally|officially)\s+)?(?:received|welcomed|hosted|greeted)\b|(?:host|hosted|hosts|hosting|welcome|welcomed|welcomes|welcoming|receive|received|receives|receiving|greeted|greets|greeting)(?=\s+(?:(?:at|in)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}-]*\s+){1,4})?(?:in\s+(?:an\s+)?audience\s+(?=today|yesterday))?(?:(?:today|yesterday)\s+|on\s+(?-i:\p{Lu})\p{L}+\s+)?(?:in\s+(?:an\s+)?audience\s+)?(?:his|her|both|the\s+two|the\s+(?:leaders|presidents|prime\s+ministers|foreign\s+ministers|defen[cs]e\s+ministers|heads\s+of\s+state|top\s+diplomats)\s+of\b|the\s+(?:chancellor|president|prime\s+minister|premier|king|queen|emir|crown\s+prince|foreign\s+minister|head|chief|director|speaker|chairman)\b(?![’'-])|(?:(?-i:al|el|ad|an|ar|as|ash|at|az|bin|ibn|van|von|de|da|der|den|du|di|la|le)[-\s])?(?-i:\p{Lu})))|(?:receive|received|receives|receiving)(?=\s+(?:(?:today|yesterday)\s+|on\s+(?-i:\p{Lu})\p{L}+\s+)?the\s+(?:newly\s+(?:appointed|accredited)\s+)?(?-i:\p{Lu}))|(?:receive|received|receives|receiving|welcome|welcomed|welcomes|welcoming|greeted|greets)(?=\s+the\s+(?:visiting|(?:distinguished\s+|high-ranking\s+)?guest\b))|(?:host|hosted|hosts|hosting|welcome|welcomed|welcomes|welcoming|receive|received|receives|receiving)(?=\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}delegation\s+(?:(?:from|of)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}.-]+\s+){1,3})?(?:led|headed)\s+by\b)|(?:host|hosted|hosts|hosting)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:dinner|lunch|luncheon|breakfast|banquet|reception)\s+(?:for|in\s+honou?r\s+of)(?=\s+(?:his|her|the\s+two|both|(?-i:\p{Lu})))|(?:host|hosted|hosts|hosting|chaired|chairs|chairing)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meeting|consultations|negotiations)(?:,?\s+(?:which|that)\s+(?:was|were)(?:\s+also)?|,)?\s+attended\s+by|joined(?=\s+[^,.;]{1,80}?\s+for\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:dinner|lunch|luncheon|breakfast|talks|meeting|banquet|reception)\b))\b"#,
        opening: .word(["met", "meets", "meet", "meeting", "meetings", "held", "hold", "holds", "holding", "began", "begin", "begins", "beginning", "opened", "resumed", "resume", "resumes", "resuming", "concluded", "concludes", "concluding", "completed", "wrapped", "wraps", "wrapping", "co", "cochair", "cochaired", "cochairs", "cochairing", "during", "after", "following", "at", "in", "talks", "summit", "sat", "shook", "shake", "shakes", "shaking", "bid", "bade", "bids", "bidding", "gave", "give", "gives", "giving", "addressed", "address", "addresses", "exchanged", "hand", "handed", "hands", "handing", "convey", "conveyed", "conveys", "conveying", "deliver", "delivered", "delivers", "delivering", "had", "has", "have", "having", "paid", "audience", "visited", "visits", "visiting", "presented", "presents", "presenting", "present", "called", "call", "calls", "calling", "was", "were", "will", "would", "is", "host", "hosted", "hosts", "hosting", "welcome", "welcomed", "welcomes", "welcoming", "receive", "received", "receives", "receiving", "greeted", "greets", "greeting", "chair", "chaired", "chairs", "chairing", "joined"]))
    /// Verbs of talks held, begun or resumed, which take their other side with "with".
    static let talksVerbs: Set<String> = ["held", "hold", "holds", "holding", "began", "begin", "begins", "beginning", "opened", "resumed", "resume", "resumes", "resuming",
                                          "concluded", "concludes", "concluding", "completed", "wrapped", "wraps", "wrapping"]
    static let negation = pattern(#"\b(?:did not|didn't|does not|doesn't|will not|won't|would not|never|refused to|declined to|failed to|not)\s+(?:\w+\s+)?(?:meet|met\b|call|phone|visit|speak|spoke|talk|sign|initial|discuss|attend|host|hold|held|travel|shake|receive|welcome|greet)|\b(?:hold|holds|held|holding|had|has|have)\s+no\s+(?:\w+\s+)?(?:talks|meeting|meetings|contact|contacts|discussions|conversation)\b"#)
    /// A visit's verbs and nouns; "a tour that will take him to" names its stops;
    /// "was in Manila for talks" is a stay for them.
    static let visitTrigger = pattern(#"\b(?:visit(?:ed|s|ing)?|travel(?:l?ed|s|l?ing)?(?: on)? to|arrived in|trip to|tour (?:of|to)|(?<=(?:tour|trip|visit|journey)(?: (?:of|to|through) (?:the )?[\p{L}-]{1,20}(?: [\p{L}-]{1,20})?)? (?:that|which) (?:(?:will|earlier|also|previously|already) ){0,2})(?:take|takes|took|(?:has|have|had) (?:(?:already|also) )?taken) (?:him|her|them) to|arrives in|arriving in|(?:left|departed|leaves|leave|departs)(?:\s+(?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)?)?(?:\s+on\s+(?-i:\p{Lu})\p{L}+day)? for|(?:left|departed|leaves|departs)(?=\s+(?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)?(?:\s+on\s+(?-i:\p{Lu})\p{L}+)?,?\s+(?:concluding|ending|wrapping\s+up|at\s+the\s+(?:end|close)\s+of)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:visit|trip|tour)\b)|set(?:s|ting)? (?:off|out) for|head(?:s|ed|ing)? (?:to|for)|fl(?:ew|ies|y|ying)(?: on)? to|jet(?:s|ted)?\s+(?:out|off)\s+(?:of\s+the\s+country\s+)?(?:to|for)|(?:a\s+(?:brief\s+|short\s+)?stop(?:over)?|stopped(?:\s+over)?)\s+in|(?:began|begins|started|starts|kicked\s+off)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:tour|trip|visit)\s+in|(?:is|was|are|were|be)\s+in(?=\s+(?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+){0,2}(?:\s+on\s+(?-i:\p{Lu})\p{L}+)?\s+for\s+(?:(?:a|an|the|his|her|their)\s+)?(?:(?!(?:before|after|and|with|to|of|on|in|at)\b)[\p{L}\d"“”+-]+\s+){0,3}(?:talks|meetings?|consultations|negotiations|summit)\b))\b"#)
    /// "to be signed ", "to be held ": what is yet to be done, right before a clause.
    static let toBeDone = pattern(#"\bto\s+be\s+\p{L}+(?:ed|en|eld)\s*$"#)
    /// "when Albanese ", "once President Ana Rojas ": a clause of time and its named
    /// subject, right before a visit.
    static let whenSubjectBefore = pattern(#"\b(?:when|once)\s+(?:(?-i:\p{Lu})[\p{L}.'’-]*\s+){1,4}$"#)
    /// "his visit", "a state visit", "the trip to": a visit named by its noun, at the end.
    static let visitNoun = pattern(#"\b(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+){0,2}(?:visit|trip\s+to|tour\s+(?:of|to))$"#)
    /// What may stand between a visit and its destination: "travelled to the
    /// western Ukrainian city of Uzhhorod".
    static let destinationLead = pattern(#"^\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:city|town|village|port|capital|region|province|resort)\s+of\s+$"#)
    static let discussTrigger = pattern(#"\b(?:discuss(?:ed|es|ing)?|talked about|briefed|informed(?=\s+(?:[\p{L}.'’-]+\s+){1,6}(?:about|of|on)\s)|touched (?:up)?on|exchanged views on|review(?:ed|s|ing)?|(?:focused|focussed|centred|centered|concentrated)(?<=\b(?:talks|meeting|call|conversation|discussions)\b[^.;]{0,80}[a-z]{7,12})\s+on)\b"#)
    /// "the alliance" alone is an organization ("Ukraine's bid to join the
    /// alliance"), not a bond between the states named with it; nor do "allied
    /// leaders" bind the states named with them.
    static let allyTrigger = pattern(#"\b(?:ally|allies|allied(?!\s+(?:leaders|forces|troops|nations|countries|governments|officials|powers|partners|capitals|support))|strategic partner(?:s|ship)?)\b|(?<!\bthe )\balliance\b|\bthe alliance (?:between|with)\b"#)
    /// Words of armed conflict; "war-torn" and "post-war" describe a war, not its sides.
    static let conflictTrigger = pattern(#"\b(?:(?<!post-|pre-)war(?!-(?:torn|ravaged|weary|time))|wars|conflict|hostilities|clash(?:es|ed)|skirmish(?:es|ed)?|fought|exchanged\s+(?:fire|gunfire|artillery\s+fire)|air\s*strikes|attack(?:s|ed)?|fighting|occupied|occupation|invad(?:ed|e)|invasion|shelling|(?:struck|bombed|shelled|pounded|raided|hit|targeted)(?=\s+(?:[\p{L}'’-]+\s+){0,3}(?:facilities|sites|targets|positions|bases|forces|troops|infrastructure|refiner(?:y|ies)|airfields?|airports?|air\s+defen[cs]es|cities|towns|villages|ports)\b))\b"#)
    /// The beginnings of the conflict trigger's words, which a sentence must have.
    static let conflictPrefixes = ["war", "conflict", "hostilit", "clash", "skirmish", "fought", "exchanged", "airstrike", "strikes", "attack", "fighting", "occup", "invad", "invasion", "shelling"]
        + strikeVerbs
    /// Verbs of striking, a conflict's trigger only before the targets struck: "struck
    /// a deal", "hit by tariffs" name no war.
    static let strikeVerbs = ["struck", "bombed", "shelled", "pounded", "raided", "hit", "targeted"]
    /// The beginnings of the words of alliance, conflict and mediation.
    static let stateRelationPrefixes = ["all", "strategic", "mediat", "brokered", "facilitat"] + conflictPrefixes
    /// Mediation, and a deal brokered between two parties ("Egypt brokered a
    /// prisoner exchange between A and B").
    static let mediateTrigger = pattern(#"\bmediat(?:or|ors|e|ed|es|ing|ion)\b|\bbrokered\b(?=[^.;]{0,80}\bbetween\b)|(?<=-)brokered\b|(?<=\b(?:talks|negotiations|dialogue|meeting|meetings|discussions|consultations)\b[^.;]{0,40})brokered\b(?=\s+by\b)|\bfacilitated\b(?=\s+by\b)|\bfacilitat(?:e|es|ed|ing)\b(?=\s+(?:the\s+)?(?:talks|negotiations|dialogue)\b)"#)
    /// "deployed troops to", "peacekeepers, deployed to", "has troops stationed at a
    /// base in", "deployed a monitoring mission to".
    static let deployTrigger = pattern(#"\b(?:deploy(?:ed|s)?|dispatch(?:ed|es)?|sent|stationed)\b[^.;]*?\b(?:troops|peacekeep\w*|soldiers|forces|border guards|guards|military|units|(?:monitoring|observer|peacekeeping)\s+missions?|monitors|observers)\b[^.;]*?\bto\b|\b(?:troops|peacekeep\w*|soldiers|forces|border guards)\b,?\s+(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been|first|later)\s+)*(?:deployed|stationed|dispatched)\s+(?:\w+\s+){0,2}(?:to|in)\b|\b(?:keeps|kept|maintains|maintained|has|had)\s+(?:[\w,-]+\s+){0,3}(?:troops|peacekeep\w*|soldiers|forces|military\s+bases?|bases?)\s+(?:\w+\s+){0,5}in\b"#)
    /// A host's verb in the active voice: "hosted", "welcomes", "received".
    static let hostVerbs: Set<String> = ["host", "hosted", "hosts", "hosting", "welcome", "welcomed", "welcomes", "welcoming", "receive", "received", "receives", "receiving"]
    /// " the organization", " the alliance": a body named before, by its noun.
    static let bodyByNoun = pattern(#"^\s+the\s+(?:organi[sz]ation|alliance|bloc|union)(?![\p{L}])(?!\s+of\b)"#)
    /// What stands between a subject and its verb: nothing, or a time ("in 2023").
    static let subjectGap = pattern(#"^\s+(?:(?:has|had|also|then|later|in\s+\d{4})\s+)*$"#)
    /// A member or chair of a body, or a state that joined one ("Finland joined NATO").
    static let memberTrigger = pattern(#"\b(?:co-?chair|chair|chairmanship|chairship|presidency|member|members|member state)\s+of\b|\b(?:co-?)?chair(?:s|ed)(?=\s+(?:the\s+)?(?-i:\p{Lu}))|(?<!\bnot |\bnever )\bjoin(?:s|ed)(?=\s+(?:the\s+)?(?-i:\p{Lu}))"#)
    static let partOfTrigger = pattern(#"\bpart of\b"#)
    /// What may stand between "part of" and the state: "part of Chile", "part of the
    /// sovereign territory of Chile".
    static let partOfGap = pattern(#"^\s+(?:(?:the|its)\s+)?(?:(?:internationally\s+recogni[sz]ed\s+|sovereign\s+)?territory\s+of\s+)?(?:the\s+)?$"#)
    /// A word that opens another clause: what stands beyond it is no party of an event.
    static let clauseJoiner = pattern(#"[;—]|(?<!known |such |well |same )\bas\b(?! well\b| of\b)|\b(?:while|whereas|but|although|though)\b"#)
    /// Whether a sentence has what `clauseJoiner` or `clauseBreak` look for: a
    /// semicolon, a dash or one of their words. Most have none, and the words tell
    /// it sooner than a pattern.
    static func mayJoinClauses(_ sentence: Sentence) -> Bool {
        sentence.has(["as", "while", "whereas", "but", "although", "though"]) || hasClausePunctuation(sentence)
    }
    static func mayBreakClause(_ sentence: Sentence) -> Bool {
        sentence.has(["while", "whereas", "although", "though", "but", "telling", "saying", "adding", "noting", "according", "accompanied", "flanked", "and", "when", "who", "prepare", "pave"]) || hasClausePunctuation(sentence)
    }
    private static func hasClausePunctuation(_ sentence: Sentence) -> Bool {
        sentence.text.utf8.contains(0x3B) || sentence.text.holds("—")
    }
    /// Where the clause of a verb's objects ends: a semicolon, a dash, "while",
    /// "but", "and" before a second verb of the subject ("met B and handed over
    /// a letter to C": C was not met), "and that" opening a second reported clause,
    /// or ", when" opening a clause of time ("met in Quito, when they signed ... in
    /// the presence of C": C was not met), or ", who conveyed" opening what the
    /// object brought ("received B, who conveyed a message from C to D": D was not met),
    /// or a purpose ahead ("will meet B to prepare for a summit between C and D"),
    /// or the subject's party: "met B at the palace, accompanied by C".
    static let clauseBreak = pattern(#";|—|\bto\s+(?:prepare|pave\s+the\s+way)\s+for\b|,\s+when\b|,\s+who\s+(?:also\s+)?(?:conveyed|delivered|handed|passed|relayed|carried|brought)\b|\bwhile\b|\bwhereas\b|\b(?:al)?though\b|, (?:telling|saying|adding|noting|according|accompanied\s+by|flanked\s+by)\b|\bbut\b|\band\s+(?:that|whether)\s+(?!(?:country|state|nation|government)\b)|\band\s+(?:also\s+|later\s+|then\s+)?(?:(?-i:\p{Ll}+ed)|gave|said|spoke|told|took|made|paid|will|(?:was|is|were|are)\s+(?:due|expected|scheduled|set)\s+to)\b"#)
    /// "whose minister", "his predecessors who" right before a verb: its subject is
    /// someone unnamed.
    static let unnamedSubject = pattern(#"\bwhose\s+(?:[\p{L}-]+\s+){1,2}$|(?-i:\b\p{Ll}[\p{L}-]*s),?\s+who\s+(?:(?:had|have|also|all|first|previously|later)\s+)?$"#)
    /// "invited the Saudi minister to": an invitation to someone not a pronoun.
    static let invitedSomeoneElse = pattern(#"\binvit(?:ed|es|ing|e)\s+(?!(?:him|her|them|me|us|by)\b)\p{L}"#)
    /// ", when", ", while": a clause of time with a subject of its own after it.
    static let clauseOfTime = pattern(#",\s+(?:when|while|where|as|after|before)\s+"#)
    /// "during his state visit to": a visit named by its visitor's pronoun.
    /// Also "as part of an official visit": the subject's, as the sentence is.
    static let possessiveBeforeVisit = pattern(#"\b(?:his|her|as\s+part\s+of\s+(?:an?|the|his|her))\s+(?:(?:first|second|official|state|working|maiden|\w+-day)\s+){0,3}$"#)
    /// "before", "after", "while" right before a verb in "-ing".
    static let timeConjunction = pattern(#"\b(?:before|after|while|then)\s+$"#)
    /// A verb whose object is a guest: "received", "welcomed".
    static let guestVerb = pattern(#"\b(?:received|receives|welcomed|welcomes|hosted|hosts|greeted|greets)\b"#)
    /// Plurals that name people: "the foreign ministers of B and C, who ...".
    static let peoplePlurals: Set<String> = ["ministers", "leaders", "officials", "presidents", "delegations", "delegates", "diplomats", "envoys",
                                             "counterparts", "heads", "members", "representatives", "ambassadors", "negotiators", "chiefs", "premiers"]
    /// Pronouns that stand for a person acting; "he said" only reports.
    static let personPronoun = pattern(#"\b(?:he|she)\b(?!\s+(?:said|says|told|added|noted|stressed|stated|recalled|explained|emphasi[sz]ed|underlined|argued|believes|thinks))"#)

    /// The words one of `meetTrigger`'s phrasings holds.
    static let meetingWords = ["met", "meets", "meet", "meeting", "meetings", "talks", "farewell", "seen", "lunch", "luncheon", "dinner", "breakfast", "conference", "views", "consultation", "consultations", "negotiations", "discussions", "summit", "dialogue", "retreat", "session", "host", "hosted", "hosts", "hosting",
                               "welcome", "welcomed", "welcomes", "welcoming", "receive", "received", "receives", "receiving", "greeted", "greets", "greeting", "courtesy",
                               "called", "call", "calls", "calling", "sat", "hand", "handed", "hands", "handing", "credentials", "credence", "message", "letter", "audience", "visit", "visited", "visits", "visiting", "joined", "chaired", "chairs", "chairing", "conversation", "tete", "tête"]

    func findEvents(in sentence: Sentence, into article: ArticleState) {
        let text = sentence.text
        if sentence.index > 0, sentence.has(["visiting", "guest", "visitor"]) { describeGuest(in: sentence, into: article) }
        let mentions = article.located(in: sentence)
        // Each rule runs only where its trigger words are: most sentences have none.
        let negated = isNegated(sentence)
        if !negated, sentence.index > 0, sentence.has(["joined"]) { joinedByAThird(sentence, mentions, into: article) }
        if !negated {
            let phone = sentence.has(["phone", "phoned", "telephone", "telephoned", "telephonically", "called", "call", "video", "videoconference", "dialled", "dialed", "dials"])
                ? Self.phoneTrigger.firstMatch(in: sentence)?.range : nil
            if let phone {
                pairEvent(.phoned, Self.phoneTrigger, sentence, mentions, into: article)
                // "A met B and held a phone call with C": the meeting before the call
                // is with those named before it.
                // "held talks with B by videoconference": the talks are the call.
                // "A welcomed B to Paris, hours before a video conference": so is a welcome.
                if sentence.has(Self.meetingWords), let meeting = Self.meetTrigger.firstMatch(in: sentence)?.range, meeting.location < phone.location,
                   !Self.matches(Self.talksByPhone, UTF16Text(text).substring(with: NSRange(location: meeting.location, length: phone.location - meeting.location))) {
                    pairEvent(.met, Self.meetTrigger, sentence, mentions.filter { $0.range.location < phone.location }, into: article)
                }
            } else if sentence.has(Self.meetingWords) {
                pairEvent(.met, Self.meetTrigger, sentence, mentions, into: article)
            }
            if phone == nil, sentence.has(["discussed", "reviewed", "exchanged"]) { coSubjectsWhoTalk(sentence, mentions, into: article) }
            if sentence.has(["talks"]), sentence.has(["between"]) { talksBetween(sentence, mentions, into: article) }
            if sentence.index > 0, sentence.has(["attended", "joined", "part"]) { guestsOfHostedEvent(sentence, mentions, into: article) }
            if sentence.has(["led", "headed"]), sentence.has(["delegation", "side", "team"]) { delegationHeads(sentence, mentions, into: article) }
            if sentence.has(["delivered", "conveyed", "handed", "carried", "brought"]), sentence.has(["by"]) { messengersReceived(sentence, mentions, into: article) }
            // "A spoke today with B" in a readout headed "... Call with ...", or near a
            // sentence that speaks of "the call": the call.
            if phone == nil, sentence.index > 0, sentence.has(["spoke", "speaks", "spoken"]),
               article.sentences[0].has(["call", "phone", "telephone"]) || callNearby(sentence, in: article) {
                pairEvent(.phoned, Self.spokeWith, sentence, mentions, into: article)
            }
            // ("were in Manila for talks": a stay for talks is a visit too.)
            if sentence.has(prefix: ["visit", "travel", "arriv", "trip"]) || sentence.has(["is", "was", "are", "were", "be"]) && sentence.has(Self.talksNouns) || sentence.has(["tour", "left", "departed", "leaves", "departs", "set", "sets", "setting", "flew", "flies", "fly", "flying", "jets", "jetted", "stop", "stopover", "stopped", "head", "heads", "headed", "heading", "leave", "landed", "lands"]) {
                visits(sentence, mentions, into: article)
                if sentence.has(["visit", "here"]) { visitToDateline(sentence, mentions, into: article) }
                if sentence.has(["visit"]), sentence.has(["by"]) { visitByGuestToDateline(sentence, mentions, into: article) }
            }
            if sentence.has(["visiting"]) { visitingGuests(sentence, mentions, into: article) }
            if sentence.has(["stay"]) { stays(sentence, mentions, into: article) }
        } else if sentence.has(["but"]), sentence.has(Self.meetingWords), let but = Self.butAfterNegation(in: sentence.text) {
            // "She did not meet A but held talks with B": what follows "but" took place,
            // with none of those the negated clause names.
            let kept = mentions.filter { $0.range.location < but.negation || $0.range.location >= but.end }
            pairEvent(.met, Self.meetTrigger, sentence, kept, from: but.end, into: article)
        }
        if !negated, sentence.has(prefix: ["discuss", "talked", "briefed", "informed", "touched", "exchanged", "review", "focus", "centred", "centered", "concentrated"]) {
            discussions(sentence, mentions, into: article)
        }
        if sentence.has(prefix: Self.stateRelationPrefixes) {
            stateRelations(sentence, mentions, into: article)
        }
        if sentence.has(prefix: ["deploy", "dispatch", "sent", "stationed"]) || sentence.has(["troops", "soldiers", "forces", "peacekeepers", "base", "bases"]) {
            deployments(sentence, mentions, into: article)
        }
        if !negated, sentence.has(["base"]), sentence.has(["host", "hosts", "hosted", "hosting"]) { hostedBases(sentence, mentions, into: article) }
        if sentence.has(["chair", "cochair", "chairs", "chaired", "cochairs", "cochaired", "chairmanship", "chairship", "presidency", "member", "members", "joined", "joins"]) {
            memberships(sentence, mentions, into: article)
        }
        if sentence.has(["part"]) { partOf(sentence, mentions, into: article) }
        if sentence.has(["of"]) { bodiesOfBodies(sentence, mentions, into: article) }
    }

    typealias Located = [(id: EntityID, type: EntityType, range: NSRange)]

    /// "VILNIUS (BNS) - A and his Ukrainian counterpart B discussed on Saturday ...":
    /// two people named together as the subject of talking something over, in a
    /// report filed from a place, met, where the article tells of no call, video link
    /// or letter by which they could have. (Without a dateline the text may be a
    /// summary of talks held anyhow.)
    private func coSubjectsWhoTalk(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        guard article.datelinePlace() != nil else { return }
        let text = UTF16Text(sentence.text)
        let people = mentions.filter { $0.type == .person }
        for (first, second) in zip(people, people.dropFirst()) where first.id != second.id && Self.coordinated(first.range, second.range, in: text) {
            guard let verb = Self.talkedOverAfterSubject.firstMatch(in: sentence.text, options: .anchored,
                                                                     range: NSRange(location: NSMaxRange(second.range), length: text.length - NSMaxRange(second.range))),
                  // Two who open the sentence, not objects of a verb before them.
                  !people.contains(where: { $0.range.location < first.range.location }),
                  !article.sentences.contains(where: { $0.has(Self.remoteWords) }),
                  !unreal(sentence, before: verb.range) else { return }
            article.relate(.met, first.id, second.id, status: planned(sentence, before: verb.range), sentence: sentence)
            return
        }
    }

    /// Right after the second of two subjects: "discussed", "on Saturday reviewed".
    private static let talkedOverAfterSubject = try! NSRegularExpression(
        pattern: #"^(?:\s*,)?\s+(?:(?:also|today|yesterday|jointly|later|then|on\s+\p{Lu}\p{L}+)\s+){0,2}(?:discussed|reviewed|exchanged\s+views)\b"#)
    /// Words of talking at a distance.
    private static let remoteWords = ["phone", "phoned", "telephone", "telephoned", "call", "calls", "video", "videoconference", "virtual", "virtually", "online", "letter", "letters", "message"]

    /// "A held a telephone conversation with B", "A and B met", "A's meetings with
    /// B and C": the people before the trigger (the nearest and those joined to it
    /// by "and") with those after it in the same clause; with nobody after it, the
    /// people before it with each other.
    private func pairEvent(_ type: RelationType, _ trigger: OpeningWordPattern, _ sentence: Sentence, _ mentions: Located, from start: Int = 0, into article: ArticleState) {
        let people = mentions.filter { $0.type == .person }
        let text = UTF16Text(sentence.text)
        // The first trigger; after objectless talks, the next one too ("The two
        // held talks after Ruto hosted a meeting with A and B"). Found one at a time:
        // the first nearly always settles it, and the rest of the text is not searched.
        var from = start
        while from < text.length,
              let match = trigger.firstMatch(in: sentence, from: from) {
            if pairEvent(type, at: match.range, sentence, mentions, people: people, text: text, into: article) {
                // "met B and was due to hold talks with C": a second verb of the subject,
                // yet to come, has objects of its own.
                guard sentence.has(["and"]), let next = Self.firstRange(Self.secondVerbToCome, text.substring(from: NSMaxRange(match.range))) else { break }
                from = NSMaxRange(match.range) + NSMaxRange(next)
                continue
            }
            from = max(NSMaxRange(match.range), match.range.location + 1)
        }
    }

    /// Those who look on, named after it: "witnessed by", "in the presence of".
    static let witnessedBy = pattern(#"\b(?:witnessed|attended|observed)\s+by\b|\bin\s+the\s+presence\s+of\b"#)

    /// "no" and perhaps a word, right before a trigger's noun: "no separate ".
    static let noneBefore = pattern(#"\bno\s+(?:[\p{L}-]+\s+)?$"#)

    /// One trigger of `pairEvent`; false when it had no object and a later one may.
    private func pairEvent(_ type: RelationType, at: NSRange, _ sentence: Sentence, _ mentions: Located, people: Located, text: UTF16Text, into article: ArticleState) -> Bool {
        // "A and B attended the two-day meeting": they attended a gathering, which
        // the rules for gatherings read; they did not meet each other by it.
        // "attended the summit and met B" is a meeting: the trigger must be the noun.
        if type == .met, sentence.has(prefix: ["attend"]), ["meeting", "meetings", "talks", "consultations"].contains(text.substring(with: at).lowercased().prefix { $0 != " " }),
           Self.matches(Self.attendedThe, text.substring(to: at.location)) { return false }
        // "leaders taking part in person or by video link": a way to attend, no call.
        if type == .phoned, sentence.has(["person"]), Self.matches(Self.inPersonOr, text.substring(to: at.location)) { return false }
        // "The two presidents inaugurated a hub by video link": a way to take part in
        // an event, no call between them.
        if type == .phoned, sentence.has(["video"]), Self.matches(Self.doneByVideo, text.substring(to: at.location)) { return false }
        // "X called Y 'a great friend'": naming, no call.
        if type == .phoned, text.substring(with: at).lowercased().hasPrefix("called"),
           let object = people.first(where: { $0.range.location >= NSMaxRange(at) }),
           Self.matches(Self.calledAs, text.substring(from: NSMaxRange(object.range))) { return false }
        // "skipped a meeting with X", "called off a planned call": no such event took place.
        if sentence.has(prefix: Self.calledOffWords),
           Self.matches(Self.calledOff, text.substring(to: at.location)) { return false }
        // "although no meeting with B was planned", "no phone call with B": none.
        if sentence.has(["no"]), Self.matches(Self.noneBefore, text.substring(to: at.location)) { return false }
        // "The two leaders agreed that their trade ministers would meet": others the
        // text does not name are the subject, not those named before.
        if sentence.has(["their", "its", "his", "her"]), Self.matches(Self.othersAsSubject, text.substring(to: at.location)) { return true }
        let before = Self.outsideClosedClause(people, before: at.location, in: text)
        let clauseEnd = (Self.mayBreakClause(sentence) ? Self.firstRange(Self.clauseBreak, text.substring(from: NSMaxRange(at))) : nil)
            .map { NSMaxRange(at) + $0.location } ?? text.length
        // "A and B held talks after ...": talks take their other side with "with",
        // perhaps after a few words of time ("held talks on Wednesday with").
        // So do "will hold talks in Berlin at the invitation of C": C is no side.
        // So does a handshake: "A and B shook hands in the presence of C".
        // ("held a working lunch with B" has its "with" already.)
        let objectless = (Self.talksVerbs.contains(String(text.substring(with: at).lowercased().prefix { $0 != " " }))
            || text.substring(with: at).lowercased().hasSuffix(" hands")) && !Self.withFollows(text.substring(from: NSMaxRange(at)))
            && !text.substring(with: at).hasSuffix(" with")
        let after = people.filter { person in
            person.range.location >= NSMaxRange(at) && person.range.location < clauseEnd && !Self.isSource(person.range, in: text)
                && !Self.isSender(person.range, in: text) && !Self.isOwner(person.range, in: text) && !Self.isArranger(person.range, in: text)
        }.filter { person in
            // Objectless talks still meet their host: "began talks in Almaty, hosted by C".
            !objectless || Self.matches(Self.hostBeforeObject, text.substring(with: NSRange(location: NSMaxRange(at), length: person.range.location - NSMaxRange(at))))
        }
        var left = coordinatedGroup(endingWith: before, in: text)
        // "A met B, and held a phone call with C": a second verb of the subject.
        if let last = before.last, let first = before.first, first.range.location < last.range.location,
           Self.secondVerb.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(last.range), length: at.location - NSMaxRange(last.range))) != nil {
            left = coordinatedGroup(startingWith: before, in: text)
        }
        // "She was received by B and will have an audience with C": the passive's
        // agent is no subject of the second verb; the pronoun is.
        if let last = before.last, before.count == 1, Self.matches(Self.agentBefore, text.substring(to: last.range.location)),
           Self.secondVerb.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(last.range), length: at.location - NSMaxRange(last.range))) != nil,
           let subject = pronounSubject(sentence, mentions, before: last.range.location, article: article) {
            left = [subject]
        }
        // "Rojas said she and Berg would meet": a pronoun joined to the first of the
        // group is one of it.
        if sentence.has(["he", "she"]), let first = before.first(where: { left.first == $0.id }),
           Self.matches(Self.pronounAnd, text.substring(to: first.range.location)),
           let subject = pronounSubject(sentence, mentions, before: first.range.location, article: article), !left.contains(subject) {
            left.insert(subject, at: 0)
        }
        // "He met X": the pronoun's person.
        if left.isEmpty, let subject = pronounSubject(sentence, mentions, before: at.location, article: article) { left = [subject] }
        // "In a meeting with X, Y said": the main clause's subject met X.
        if left.isEmpty, Self.matches(Self.openingEvent, text.substring(to: at.location)),
           let subject = people.first(where: { $0.range.location > NSMaxRange(at) && Self.matches(Self.mainClauseStart, text.substring(to: $0.range.location)) }),
           after.contains(where: { $0.range.location < subject.range.location }) {
            left = [subject.id]
        }
        // "Both sides reviewed the meeting between A and B": the two after "between"
        // met each other, not those before.
        if text.substring(from: NSMaxRange(at)).hasPrefix(" between "), Set(after.map(\.id)).count >= 2 { left = [] }
        // "preparations for the meeting of the Eurasian Economic Union's Supreme
        // Council": a body's gathering, which the rules for gatherings read, and no
        // meeting of those named, unless they chaired it together.
        if ["meeting", "meetings"].contains(text.substring(with: at).lowercased()), !Self.matches(Self.chairedThe, text.substring(to: at.location)),
           let match = Self.bodyAfterOf.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(at), length: text.length - NSMaxRange(at))),
           mentions.first(where: { $0.range.location >= NSMaxRange(match.range) })?.type != .person {
            return false
        }
        // A passive needs its guest before it: "the deal was welcomed by A and B"
        // is no meeting of A and B.
        let passive = ["was ", "were "].contains { text.substring(with: at).lowercased().hasPrefix($0) }
        if passive, left.isEmpty { return true }
        // "attended the summit, which was hosted by Brazil": the passive is the
        // thing's, not the people's before it.
        if passive, text.substring(to: at.location).lowercased().hasSuffix("which ") { return true }
        var right = unique(after.map(\.id)).filter { !left.contains($0) }
        // "A told B in a phone call": with nobody after the trigger, those named
        // before it are the objects of a verb whose subject is named just before:
        // one person, one description of two ("A joined the two ministers by video
        // link") or people joined by "and" ("A spoke separately with B and C by phone").
        let lastNamed = Array(before.reversed().prefix { left.contains($0.id) }.reversed())
        if right.isEmpty, !lastNamed.isEmpty, Set(lastNamed.map(\.id)) == Set(left),
           let subject = Self.subject(of: lastNamed, before, at: at, in: text) {
            right = left
            left = [subject]
        }
        guard !unreal(sentence, before: at) else { return true }
        // "is due to travel to Manila for talks with X", "will travel to Lima on
        // Friday to meet X": talks that are the purpose of an announced trip are
        // planned too; for "to", the announcing word must be in the same clause.
        let status = planned(sentence, before: at) ?? {
            let lead = text.substring(to: at.location)
            let clause = lead.lastIndex { ",;—".contains($0) }.map { lead[lead.index(after: $0)...] } ?? lead[...]
            // "travels to Lima on Friday for talks with X": the present of a trip ahead.
            let presentAhead = Attribution.isPresentAhead(sentence, clause: clause)
            // "for his fifth meeting with X": a few words of whose and which may stand between.
            if Self.matches(Self.forPurpose, lead) { return Attribution.announces(lead) || presentAhead ? .planned : nil }
            // "will travel to Hanoi and hold talks with X": the modal reaches the second verb.
            let afterAnd = [" and ", " and hold ", " and have ", " and also hold "].contains(where: lead.hasSuffix)
            guard lead.hasSuffix(" to ") || afterAnd else { return nil }
            return Attribution.announces(String(clause)) || presentAhead ? .planned : nil
        }()
        // "met ... B in Nairobi", "was welcomed in Lima by B", "hosted A and B in
        // Lima": where the meeting took place, right after the trigger, after B, or
        // after the last of the people joined to the first object.
        let objects = coordinatedGroup(startingWith: people.filter { right.contains($0.id) && $0.range.location > at.location }, in: text)
        let objectsEnd = people.filter { objects.contains($0.id) && $0.range.location > at.location }.map { NSMaxRange($0.range) }.max()
        func place(_ b: EntityID) -> EntityID? {
            guard type == .met else { return nil }
            let end = people.first { $0.id == b && $0.range.location > at.location }.map { NSMaxRange($0.range) }
            return venue(after: NSMaxRange(at), sentence, mentions) ?? end.flatMap { venue(after: $0, sentence, mentions) }
                ?? (objects.contains(b) ? objectsEnd.flatMap { venue(after: $0, sentence, mentions) } : nil)
        }
        // Each of a group with each other; `colleagues` too, two officials of one state.
        func relateEachPair(_ group: [EntityID], colleagues: Bool = true) {
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] where colleagues || article.stateOf(person: a).map({ $0 != article.stateOf(person: b) }) ?? true {
                    article.relate(type, a, b, place: place(b), status: status, sentence: sentence)
                }
            }
        }
        if !left.isEmpty, !right.isEmpty {
            for a in left { for b in right { article.relate(type, a, b, place: place(b), status: status, sentence: sentence) } }
            // "A hosted B and C in Berlin": guests received together met each other,
            // unless each was received alone ("separately") or they came as one
            // state's officials ("hosted Indonesia's foreign and defence ministers").
            if Self.hostVerbs.contains(text.substring(with: at).lowercased()), objects.count >= 2, !sentence.has(["separately", "respectively"]) {
                relateEachPair(objects, colleagues: false)
            }
            // "A and B met in Brussels alongside C", "A and B met, hosted by C": those
            // before met each other too.
            if let first = people.first(where: { right.contains($0.id) && $0.range.location > NSMaxRange(at) }),
               case let between = text.substring(with: NSRange(location: NSMaxRange(at), length: first.range.location - NSMaxRange(at))),
               Self.matches(Self.alongside, between) || Self.matches(Self.hostBeforeObject, between) {
                relateEachPair(left)
            }
        } else {
            // With nobody before the trigger, those after it met ("The meeting, chaired
            // by A, was attended by B"); after "with", only those joined to the first:
            // "After a meeting with A, the ministry said B would travel".
            let afterWith = Self.withFollows(text.substring(from: NSMaxRange(at))) || text.substring(with: at).lowercased().hasSuffix(" with")
            // "A and B hosted the meeting": hosts with no guest named meet no one by it
            // (co-chairs do: "A and B co-chaired the meeting").
            if !left.isEmpty, Self.matches(Self.hostedThe, text.substring(to: at.location)) { return !objectless }
            // "A and B met a Ukrainian delegation", "met with business leaders": those
            // who met someone unnamed together did not meet each other by it.
            // Nor did those who joined a call with others unnamed: "the two joined a
            // video call with other European leaders", nor those who held talks with
            // some: "A and B held talks with their Philippine counterparts".
            if !left.isEmpty, case let verb = text.substring(with: at).lowercased(), verb.hasPrefix("met") || verb.hasPrefix("meet") || type == .phoned || afterWith,
               Self.matches(Self.unnamedObject, text.substring(from: NSMaxRange(at)), anchored: true) { return !objectless }
            // "The four leaders met A and held a call with B": objects of a verb whose
            // subject is no one named meet only those joined to them.
            let verbAfterSubject = ["met", "meets"].contains(text.substring(with: at).lowercased()) && text.substring(to: at.location).contains(where: \.isLetter)
            // "X, ..., had spoken to both leaders by phone" with no subject found: those
            // after "to" or "with" are a verb's objects and did not call each other.
            if right.isEmpty, let first = before.first(where: { left.first == $0.id }),
               [" to ", " with "].contains(where: text.substring(to: first.range.location).hasSuffix) { return !objectless }
            let group = !left.isEmpty ? left : afterWith || verbAfterSubject ? objects : right
            relateEachPair(group)
        }
        return !objectless
    }

    /// " a Chilean delegation", " with business leaders", " Chilean officials",
    /// " Chinese premier" (a post with no name after it): right after "met", an
    /// object that names no one; not a time ("the next day", "several times").
    static let unnamedObject = pattern(#"^\s+(?:with\s+)?(?:(?:a|an|the|several|some)\s+(?!(?:few|number|couple|second|third|first|last|other|day|week|month|year|weekend|morning|afternoon|evening|night|next|following|same|previous|sidelines|times?|occasions?|while|short|little)\b)|(?:his|her|their|its|other|members|officials|representatives|leaders|delegates|business|students)\b|(?-i:\p{Lu})[\p{L}-]+\s+(?:officials|leaders|representatives|delegates|delegations?|diplomats|lawmakers|ministers|counterparts|executives|investors)\b|(?-i:\p{Lu})[\p{L}-]+\s+(?-i:premier|president|prime\s+minister|foreign\s+minister|leader|king|emir|chancellor|envoy)\b(?!\s+(?-i:\p{Lu})))"#)
    /// "she and", "he and President", right before a name.
    static let pronounAnd = pattern(#"(?<![\p{L}])(?:he|she)\s+and\s+(?:(?-i:\p{Lu})[\p{L}.-]*\s+){0,4}$"#)
    /// A verb of taking part in an event, then up to six words and "by" or "via":
    /// the text before "video link" in "inaugurated a hub by video link".
    static let doneByVideo = pattern(#"\b(?:inaugurat|launch|open|unveil|commission|address|attend|watch|observ|witness)\p{L}*\s+(?:[\w'’-]+\s+){0,6}(?:by|via|through|over)\s+(?:a\s+)?$"#)
    /// What follows a name (and its "of" and state) that "called" names as something:
    /// a quote or a noun phrase, not a time ("called X a day after", "the next morning").
    static let calledAs = pattern(#"^(?:\s+of\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*)*)?\s*(?:["“‘']|(?:a|an|the|his|her|their|one\s+of)\s+(?!(?:day|week|month|year|few|couple|next|same|following|previous|morning|afternoon|evening|night|hour|moment|short|little|second|third|first|last)\b))"#)
    /// "in person or by", right before a means of calling: a way of taking part.
    static let inPersonOr = pattern(#"\bin\s+person\s+(?:or|and)\s+(?:(?:by|via|over)\s+)?(?:a\s+)?$"#)
    /// "hosted the", "will host a two-day": right before the noun of a meeting.
    static let hostedThe = pattern(#"\b(?:host|hosts|hosted|hosting)\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}$"#)
    /// "presided over the sixth", "co-chaired the": those who chair a meeting meet there.
    static let chairedThe = pattern(#"\b(?:presided|presides|presiding|chaired|chairs|chairing|co-?chaired|co-?chairs|co-?chairing)\s+(?:over\s+)?(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}$"#)
    /// " of the" and a capital: a body's meeting, "the meeting of the Council".
    static let bodyAfterOf = pattern(#"\s+of\s+(?:the\s+)?(?=(?-i:\p{Lu}))"#)
    /// "alongside", "along with", "together with" just before the first object, in
    /// the same clause: "met in Brussels on Friday alongside".
    static let alongside = pattern(#"^[^,;]*\b(?:alongside|along\s+with|together\s+with)\s+(?:[\p{L}.'’-]+\s+){0,5}$"#)
    /// A host named after the meeting: "A and B met in Brussels, hosted by C".
    static let hostBeforeObject = pattern(#"^[^;]*\b(?:hosted|chaired|co-chaired|mediated|facilitated|brokered|convened|organi[sz]ed)\s+by\s+(?:[\p{L}.'’-]+\s+){0,6}$"#)

    /// Talks and, in the same clause, the means they were held by: "held talks with
    /// B by videoconference", "talks with B via video link".
    static let talksByPhone = pattern(#"^(?:(?!\band\b)[^,;])*\b(?:by|via|over)\s+(?:a\s+|the\s+)?$"#)

    /// "In a meeting with", "During his talks with" opening a sentence: words before
    /// the trigger.
    static let openingEvent = pattern(#"^(?:In|During|At)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$"#)
    /// A comma and perhaps a title right before the main clause's subject.
    static let mainClauseStart = pattern(#",\s+(?:(?-i:\p{Lu})[\p{L}.-]*\s+){0,4}$"#)

    /// "after talks between Foreign Minister A and his counterpart B in Delhi": those
    /// joined after "between" met there; the sentence's subject is not one of them.
    private func talksBetween(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        guard let between = Self.firstRange(Self.talksBetweenTrigger, sentence.text), !unreal(sentence, before: between) else { return }
        let text = UTF16Text(sentence.text)
        let people = mentions.filter { $0.type == .person && $0.range.location >= NSMaxRange(between) }
        guard let first = people.first, first.range.location - NSMaxRange(between) < 60,
              Self.matches(Self.titleLead, text.substring(with: NSRange(location: NSMaxRange(between), length: first.range.location - NSMaxRange(between))), anchored: true) else { return }
        let pair = coordinatedGroup(startingWith: people, in: text)
        guard pair.count >= 2 else { return }
        let end = people.filter { pair.contains($0.id) }.map { NSMaxRange($0.range) }.max() ?? NSMaxRange(first.range)
        // "talks in Lima between A and B": the place may stand before them.
        let place = venue(after: end, sentence, mentions) ?? mentions.first { mention in
            mention.type == .place && mention.range.location > between.location && NSMaxRange(mention.range) <= NSMaxRange(between)
        }?.id
        // "The talks between A and B will take place on Friday": to come.
        let status = planned(sentence, before: between)
            ?? (Self.matches(Self.takesPlaceAhead, text.substring(from: end), anchored: true) ? .planned : nil)
        for (i, a) in pair.enumerated() { for b in pair[(i + 1)...] { article.relate(.met, a, b, place: place, status: status, sentence: sentence) } }
    }

    /// "A hosted a dinner on Arctic security. B and C attended the dinner": those who
    /// attend a meal or a meeting that the sentence before has someone host meet
    /// the host.
    private func guestsOfHostedEvent(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        let text = UTF16Text(sentence.text), people = mentions.filter { $0.type == .person }
        let guests: [EntityID], noun: String, at: NSRange
        var passive = false
        if let match = Self.attendedHostedEvent.firstMatch(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            (noun, at) = (text.substring(with: match.range(at: 1)).lowercased(), match.range)
            guests = coordinatedGroup(endingWith: people.filter { NSMaxRange($0.range) <= match.range.location }, in: text)
            // The guests are the whole subject: "B and C attended", not "B said C attended".
            guard let first = people.first(where: { guests.contains($0.id) }),
                  Self.matches(Self.titleLead, " " + text.substring(to: first.range.location), anchored: true) else { return }
        } else if let match = Self.hostedEventAttendedBy.firstMatch(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            (noun, at) = (text.substring(with: match.range(at: 1)).lowercased(), match.range)
            guests = coordinatedGroup(startingWith: people.filter { $0.range.location >= NSMaxRange(match.range) }, in: text)
            passive = true
        } else { return }
        let previous = article.sentences[sentence.index - 1], before = UTF16Text(previous.text)
        guard !guests.isEmpty, !isNegated(previous), !unreal(sentence, before: at) else { return }
        if let hosting = Self.hostsEvent.firstMatch(in: previous.text, range: NSRange(location: 0, length: before.length)),
           before.substring(with: hosting.range(at: 1)).lowercased() == noun,
           let host = coordinatedGroup(endingWith: article.located(in: previous).filter { $0.type == .person && NSMaxRange($0.range) <= hosting.range.location }, in: before).first {
            let status = planned(previous, before: hosting.range) ?? planned(sentence, before: at)
            for guest in guests where guest != host { article.relate(.met, host, guest, status: status, sentence: sentence) }
        } else if passive, noun == "meeting", let pair = article.pairMetOrCalled(in: previous.index, types: [.met]) {
            // "A of Brazil met B of Venezuela. The meeting, which lasted an hour, was
            // also attended by Colombian President C": a leader of a third state met
            // both. (An aide of either side, or one of no known state, only sat in.)
            let states = pair.compactMap(article.stateOf(person:))
            for guest in guests where !pair.contains(guest) {
                guard let state = article.stateOf(person: guest), states.count == 2, !states.contains(state) else { continue }
                for one in pair { article.relate(.met, one, guest, status: planned(sentence, before: at), sentence: sentence) }
            }
        }
    }

    /// "hosted a dinner", "gave a working lunch", "chaired a meeting": the noun of a
    /// meal or meeting someone hosts.
    static let hostsEvent = pattern(#"\b(?:hosted|hosts|will\s+host|gave|gives|held|holds|chaired|chairs|convened|convenes)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(dinner|lunch|luncheon|breakfast|banquet|reception|meeting)\b"#)
    /// "attended the dinner", "joined the meeting", "took part in the lunch", with
    /// the noun of the meal or meeting.
    static let attendedHostedEvent = pattern(#"\s(?:also\s+)?(?:attended|joined|took\s+part\s+in)\s+the\s+(dinner|lunch|luncheon|breakfast|banquet|reception|meeting)\b(?!\s+(?:of|on)\b)"#)
    /// "The dinner was attended by": its guests after it.
    /// A clause between commas may come before the verb: "The meeting, which lasted
    /// an hour, was also attended by".
    static let hostedEventAttendedBy = pattern(#"\b[Tt]he\s+(dinner|lunch|luncheon|breakfast|banquet|reception|meeting)(?:,[^,.;]{1,80},)?\s+(?:was|were)\s+(?:also\s+)?attended\s+by\s+"#)

    /// " will take place", " are expected to be held": right after the people of
    /// talks yet to come.
    static let takesPlaceAhead = pattern(#"^,?\s+(?:will|(?:is|are)\s+(?:due|expected|scheduled|set|planned|to)(?:\s+to)?)\s+(?:(?:also|then)\s+)?(?:take\s+place|be\s+held|begin|start|open)\b"#)

    /// "talks between", "talks held between", "talks at Blair House between";
    /// indirect talks are no meeting.
    static let talksBetweenTrigger = pattern(#"(?<!\bindirect\s)\btalks\s+(?:held\s+)?(?:(?:at|in)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}-]*\s+){1,3})?between\b"#)
    /// What may stand before a name: "the", a title ("US special envoy").
    static let titleLead = pattern(#"^\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}$"#)

    /// True when a sentence at most two before or after this one speaks of a call:
    /// "Trump said he had spoken with Putin ... Ushakov described the call as useful".
    private func callNearby(_ sentence: Sentence, in article: ArticleState) -> Bool {
        let around = article.sentences[max(0, sentence.index - 2)...min(article.sentences.count - 1, sentence.index + 2)]
        return around.contains { $0.has(["call"]) && Self.matches(Self.callNoun, $0.text) }
    }

    /// "the call", "a phone call", "their call": "call" as a noun.
    static let callNoun = pattern(#"\b(?:the|a|phone|telephone|their|his|her)\s+call\b(?!\s+(?:on|for)\b)"#)

    /// "spoke today with", "speaks on Monday with", "had spoken with".
    static let spokeWith = OpeningWordPattern(#"\bsp(?:oke|eaks|oken)\s+(?:(?:today|yesterday|again|on\s+(?-i:\p{Lu})\p{L}+)\s+)?with\b"#,
        opening: .word(["spoke", "speaks", "spoken"]))
    /// Words that open a clause of their own: "signed by A and B in April when".
    static let clauseWords: Set<String> = ["when", "while", "after", "before", "as", "who", "which", "where", "that", "since", "until"]
    /// The beginnings of the words of `calledOff`.
    static let calledOffWords = ["skip", "cancel", "called", "calls", "postpone", "miss", "scrap", "pull", "withdr", "boycott", "stay"]
    /// "skipped a", "called off the planned" right before a noun of meeting or calling.
    static let calledOff = pattern(#"\b(?:skip(?:s|ped)?|cancell?(?:s|ed)?|call(?:s|ed)? off|postpone[sd]?|miss(?:es|ed)?|scrap(?:s|ped)?|pull(?:s|ed)?\s+out\s+of|withdr(?:ew|aws)\s+from|boycott(?:s|ed)?|stay(?:s|ed)?\s+away\s+from)\s+(?:(?:a|an|the|their|his|her|its|planned|scheduled|expected|bilateral)\s+){0,3}(?:\p{Ll}[\p{L}-]*\s+)?$"#)

    /// "attended the two-day" right before a noun of meeting.
    static let attendedThe = pattern(#"\battend(?:s|ed|ing)?\s+(?:the|a|an|this|that|their|its)\s+(?:[\w-]+\s+){0,3}$"#)

    /// "by" and perhaps a post, before a passive's agent: "received by Prime Minister".
    static let agentBefore = pattern(#"\bby\s+(?:(?!and\b)[\p{L}.'’-]+\s+){0,4}$"#)
    /// ", and held a", " and later spoke", " but" before "met": a second verb of a
    /// sentence's subject, right before an event's trigger or as the trigger; the
    /// object's state may come first ("met B of Peru and later spoke").
    static let secondVerb = pattern(#"^(?:\s+of\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}.-]*)(?:\s+(?-i:\p{Lu}[\p{L}.-]*)){0,2})?(?:\s+(?:on|in|at)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}]+(?:\s+(?:on\s+)?(?-i:\p{Lu})[\p{L}]+)?)?,?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+|separately\s+)?(?:(?:will|would|(?:was|is|were|are)\s+(?:due|expected|scheduled|set)\s+to)\s+(?:also\s+)?)?(?:(?:held|had|have|has|made|spoke|phoned|telephoned|called|met|hosted|received)\b[^,;]{0,30})?$"#)
    /// "and was due to ", "and will ": a second verb of the subject, yet to come.
    static let secondVerbToCome = pattern(#"\band\s+(?:also\s+|later\s+)?(?:will|would|(?:was|is|were|are)\s+(?:due|expected|scheduled|set)\s+to)\s+(?:also\s+)?"#)

    /// True when "with" opens the text or follows within four words, with no
    /// comma between: " with A", " in Ankara on Monday with A".
    static func withFollows(_ text: String) -> Bool {
        let words = text.prefix(50).split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
        guard let with = words.prefix(5).firstIndex(of: "with") else { return false }
        return text.first == " " && !words[..<with].contains { $0.holds(",") }
    }

    /// The person right before `objects` when one verb joins them and a phrase of
    /// the event follows the last object: "A told B in a phone call", "A spoke with
    /// B and C by phone", "A spoke with B on the phone"; not "A said B ...".
    static func subject(of objects: Located, _ before: Located, at trigger: NSRange, in text: UTF16Text) -> EntityID? {
        guard let first = objects.first, let last = objects.last,
              let subject = before.last(where: { object in NSMaxRange(object.range) <= first.range.location && !objects.contains { $0.id == object.id } }) else { return nil }
        let gap = NSRange(location: NSMaxRange(subject.range), length: first.range.location - NSMaxRange(subject.range))
        // "A met B in Quito on Tuesday and spoke with C by telephone": B is the first
        // verb's object; the subject of both is the one who opens the sentence.
        if secondVerb.firstMatch(in: text.string, options: .anchored, range: gap) != nil, let opener = before.first,
           opener.range.location < subject.range.location, !objects.contains(where: { $0.id == opener.id }) {
            return opener.id
        }
        var gapText = text.substring(with: gap)
        // "A, as chair of the bloc, had spoken to B by phone": an aside of the
        // subject's is no part of the verb.
        if let aside = Self.firstRange(Self.subjectAside, gapText) { gapText = UTF16Text(gapText).substring(from: NSMaxRange(aside)) }
        var verb = gapText.splitAtSpaces()[...]
        // "A of Peru spoke with B": the subject's state is no part of the verb.
        if verb.first == "of" { verb = verb.dropFirst().drop { $0.first?.isUppercase == true } }
        var words = text.substring(with: NSRange(location: NSMaxRange(last.range), length: max(trigger.location - NSMaxRange(last.range), 0))).splitAtSpaces()[...]
        // "with B of Chile by video link": nor is the object's.
        if words.first == "of" { words = words.dropFirst().drop { $0.first?.isUppercase == true } }
        let link = Array(words)
        // The verb, then perhaps the object's title: "told President", "thanked his
        // Kenyan counterpart", "spoke separately with Indian External Affairs Minister",
        // "also held talks with her Norwegian counterpart".
        let lower = verb.filter { $0.allSatisfy(\.isLowercase) }
        guard (1...8).contains(verb.count), verb.first?.allSatisfy(\.isLowercase) == true, lower.count <= 6,
              !verb.contains(where: { ["said", "says", "and", "or", "of"].contains($0) || $0.holds(",") }), verb.first != "with" else { return nil }
        let occasions: Set<Substring> = ["in", "during", "over", "by", "on"]
        if (1...3).contains(link.count), occasions.contains(link[0]) { return subject.id }
        // "discussed trade with B during his visit": the trigger is the occasion.
        if link.isEmpty, text.substring(with: trigger).lowercased().hasPrefix("during ") { return subject.id }
        // "invited B to visit Lima during a phone call": the object's infinitive
        // between, then the occasion.
        guard link.first == "to", link.count <= 8, !link.contains(where: { $0.holds(",") }),
              let occasion = link.dropFirst(2).firstIndex(where: { ["during", "in", "over"].contains($0) }), link.count - occasion <= 3 else { return nil }
        return subject.id
    }

    /// ", as chair of the bloc, ", ", in his capacity as host, ": an aside right
    /// after a subject, with no verb of its own.
    static let subjectAside = pattern(#"^,\s+(?:as|in\s+(?:his|her)\s+capacity\s+as)\s+[^,;]{1,60},\s+"#)

    /// True when a name sent what was handed over, not met: "a letter from
    /// President X", "a message of greetings from X".
    static func isSender(_ name: NSRange, in text: UTF16Text) -> Bool {
        let lead = text.substring(with: NSRange(location: max(0, name.location - 80), length: min(80, name.location)))
        return lead.hasSuffix(" ") && lead.holds(" from ") && matches(sentBy, lead)
    }

    /// True when a name is the one who arranged the meeting, not a side of it: "in a
    /// meeting arranged by Crown Prince X".
    static func isArranger(_ name: NSRange, in text: UTF16Text) -> Bool {
        let lead = text.substring(with: NSRange(location: max(0, name.location - 80), length: min(80, name.location)))
        return lead.holds(" by ") && matches(arrangedBy, lead)
    }

    /// "arranged by", "organised by the Saudi": words of arranging, and up to five
    /// words of a post before the name.
    static let arrangedBy = pattern(#"\b(?:arranged|organi[sz]ed|facilitated|set\s+up|initiated|requested|proposed|brokered|mediated)\s+by\s+(?:(?:the|his|her)\s+)?(?:(?!and\s)[\p{L}.'’-]+\s+){0,5}$"#)

    /// True when a name owns what follows it: "welcomed Berg's announcement", "met
    /// Berg's envoy" have an object other than Berg; "welcomed Berg's visit" has not.
    static func isOwner(_ name: NSRange, in text: UTF16Text) -> Bool {
        let rest = text.substring(from: NSMaxRange(name))
        guard rest.hasPrefix("'s ") || rest.hasPrefix("’s ") else { return false }
        let owned = rest.dropFirst(3).prefix { $0.isLetter }
        return owned.first?.isLowercase == true && !["visit", "arrival", "delegation"].contains(owned)
    }

    /// "a letter from the Senegalese", "greetings from President" before a name.
    static let sentBy = pattern(#"\b(?:letter|message|greetings|invitation|note|regards|wishes)\s+from\s+(?:(?:the|his|her)\s+)?(?:(?!to\s)[\p{L}.'’-]+\s+){0,5}$"#)

    /// True when a name stands where a sentence names its source ("..., his
    /// spokesman X said", "according to X"): that person reports the event and
    /// took no part in it.
    static func isSource(_ name: NSRange, in text: UTF16Text) -> Bool {
        let rest = NSRange(location: NSMaxRange(name), length: text.length - NSMaxRange(name))
        return speechAfter.firstMatch(in: text.string, options: .anchored, range: rest) != nil
            || (name.location >= 13 && text.substring(with: NSRange(location: name.location - 13, length: 13)).lowercased() == "according to ")
    }

    /// The place, state or region that "in" or "at" introduces soon after a point,
    /// with nobody named between: "met ... Abiy in Nairobi", "held talks at the
    /// Elysee Palace"; not "met A and prepared talks with B in Geneva".
    func venue(after end: Int, _ sentence: Sentence, _ mentions: Located) -> EntityID? {
        var end = end
        // "a summit of the Commonwealth of Independent States (CIS) in Dushanbe": an
        // acronym in brackets stands aside.
        let rest = UTF16Text(sentence.text).substring(from: end)
        if rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")"), case let inside = rest[rest.index(rest.startIndex, offsetBy: 2)..<close],
           (1...10).contains(inside.count), !inside.contains(" ") {
            end += inside.utf16.count + 3
        }
        // "received B of Chile at the palace": B's state is no venue; look past it.
        if let state = mentions.first(where: { $0.range.location >= end }), state.type == .state,
           [" of ", " of the "].contains(UTF16Text(sentence.text).substring(with: NSRange(location: end, length: state.range.location - end))) {
            end = NSMaxRange(state.range)
        }
        guard let next = mentions.first(where: { $0.range.location >= end }),
              [.place, .state, .region].contains(next.type), next.range.location - end <= 40,
              Self.venueBefore.firstMatch(in: sentence.text, range: NSRange(location: 0, length: next.range.location)) != nil
                || sentence.has(["welcomed", "welcomes", "welcome", "welcoming"]) && Self.welcomedTo.firstMatch(in: sentence.text, range: NSRange(location: 0, length: next.range.location)) != nil,
              // Not in another phrase: "the summit, with conflicts in Sudan on the agenda".
              Self.otherPhrase.firstMatch(in: sentence.text, range: NSRange(location: end, length: next.range.location - end)) == nil,
              // Not in the gathering's topic: "a summit dominated by the war in Ukraine",
              // "talks on the crisis in Sudan".
              Self.topicBeforeVenue.firstMatch(in: sentence.text, range: NSRange(location: end, length: next.range.location - end)) == nil,
              // A region or state after "discuss" is what was discussed: "met to discuss
              // transport in the Andes region", "and discuss investment in Peru"; a
              // city there may still be the venue.
              next.type == .place || !UTF16Text(sentence.text).substring(with: NSRange(location: end, length: next.range.location - end)).holds("discuss"),
              // Nor after another verb: "who chairs the meeting, urged the government in X".
              Self.verbAfterComma.firstMatch(in: sentence.text, range: NSRange(location: end, length: next.range.location - end)) == nil,
              // Not in another clause: "talks as fighting rages in Darfur".
              !Self.mayJoinClauses(sentence) || Self.clauseJoiner.firstMatch(in: sentence.text, range: NSRange(location: end, length: next.range.location - end)) == nil
        else { return nil }
        // "in the Kremlin's Alexander Hall": the place the first owns is the venue.
        if let owned = mentions.first(where: { $0.range.location > NSMaxRange(next.range) }), owned.type == .place,
           ["'s ", "’s "].contains(UTF16Text(sentence.text).substring(with: NSRange(location: NSMaxRange(next.range), length: owned.range.location - NSMaxRange(next.range)))) {
            return owned.id
        }
        return next.id
    }

    /// "in ", "at the ", "in the southeastern port city of ": right before a venue.
    static let venueBefore = pattern(#"\b(?:in|at)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,3}(?:city|town|port|village|resort|capital)\s+of\s+)?$"#)
    /// "to" after a welcome, right before a venue: "welcomed his counterpart B to Sydney".
    static let welcomedTo = pattern(#"\b(?:welcomed|welcomes|welcome|welcoming)\s[^.;,]{1,80}\bto\s+(?:the\s+)?$"#)
    /// A verb in the past after a comma, other than one that places a gathering.
    static let verbAfterComma = pattern(#",\s+(?!(?:held|scheduled|planned|slated)\b)(?-i:\p{Ll}+ed)\b"#)
    /// What opens a gathering's topic: "dominated by", "on the" and a common noun
    /// ("about an hour", "over dinner" and "on Monday" open none), or peace, war or
    /// security where they are: "a conference on peace in Ukraine".
    static let topicBeforeVenue = pattern(#"\b(?:dominated|overshadowed|focused|centred|centered|regarding|concerning|amid)\b|\b(?:on|about|over)\s+the\s+(?-i:\p{Ll})|\b(?:on|about|for)\s+(?:lasting\s+|durable\s+|just\s+)?(?:peace|war|conflict|security|stability|reconstruction)\s+in\s+(?:the\s+)?$"#)
    /// A comma and a word that opens a phrase of its own: ", with", ", amid".
    static let otherPhrase = pattern(#",\s+(?:with|amid|as|while|where|which|despite)\b"#)

    /// "A received a message from President B, delivered by Minister C": the one
    /// who receives word meets the messenger who brings it.
    private func messengersReceived(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        guard let phrase = Self.firstRange(Self.receivedDeliveredBy, sentence.text) else { return }
        let people = mentions.filter { $0.type == .person }
        guard let messenger = Self.messenger(after: phrase, among: people, in: UTF16Text(sentence.text)),
              let receiver = Self.outsideClosedClause(people, before: phrase.location, in: UTF16Text(sentence.text)).first?.id
                ?? (Self.matches(Self.opensWithPronoun, sentence.text, anchored: true) ? article.subject(before: sentence) : nil),
              receiver != messenger.id else { return }
        article.relate(.met, receiver, messenger.id, status: planned(sentence, before: phrase), sentence: sentence)
    }

    /// The first person named after "delivered by", with no more than a post between:
    /// "delivered by Foreign Affairs Minister C".
    static func messenger(after phrase: NSRange, among people: Located, in text: UTF16Text) -> (id: EntityID, type: EntityType, range: NSRange)? {
        guard let first = people.first(where: { $0.range.location >= NSMaxRange(phrase) }) else { return nil }
        let gap = text.substring(with: NSRange(location: NSMaxRange(phrase), length: first.range.location - NSMaxRange(phrase)))
        return gap.count <= 60 && !gap.contains(",") ? first : nil
    }

    /// "received a special message from President B, delivered by ": up to the
    /// messenger's post or name.
    static let receivedDeliveredBy = pattern(#"\b(?:received|receives|receiving)\s+(?:(?:today|yesterday|on\s+\p{L}+)\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:message|letter|invitation)\s+from\s+[^.;:]{1,100}?,?\s+(?:delivered|conveyed|handed\s+over|carried|brought)\s+by\s+"#)
    /// "He" or "She" opening a sentence, whose subject the sentences before name.
    static let opensWithPronoun = pattern(#"^(?:He|She)\s"#)

    /// "The Peruvian delegation was led by A, while the Chilean side was headed by
    /// B": the heads of two sides of the talks meet.
    private func delegationHeads(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        let sides = Self.sideLedBy.matches(in: sentence.text, range: NSRange(location: 0, length: text.length))
        guard sides.count >= 2 else { return }
        // Each side's head: the first person after "led by", past a title of a few words.
        var heads: [(id: EntityID, at: NSRange)] = []
        for side in sides {
            guard let head = mentions.first(where: { $0.range.location >= NSMaxRange(side.range) }), head.type == .person,
                  text.substring(with: NSRange(location: NSMaxRange(side.range), length: head.range.location - NSMaxRange(side.range))).splitAtSpaces().count <= 4,
                  !heads.contains(where: { $0.id == head.id }) else { continue }
            heads.append((head.id, side.range))
        }
        guard heads.count == 2, !unreal(sentence, before: heads[0].at) else { return }
        article.relate(.met, heads[0].id, heads[1].id, status: planned(sentence, before: heads[0].at), sentence: sentence)
    }

    /// "delegation was led by", "side is headed by", "team will be led by", and the
    /// verb left out after the first: "and the American delegation by".
    private static let sideLedBy = pattern(#"\b(?:delegation|side|team)\s+(?:was\s+|is\s+|will\s+be\s+)?(?:led|headed)\s+by\s+|\band\s+the\s+(?:[\p{L}.-]+\s+){0,2}(?:delegation|side|team)\s+by\s+"#)

    /// The mentions before a verb at `offset`, without those of a relative clause
    /// closed before it: in "A, who accompanied B, met C" the subject is A, not B.
    static func outsideClosedClause(_ mentions: Located, before offset: Int, in text: UTF16Text) -> Located {
        let before = mentions.filter { NSMaxRange($0.range) <= offset }
        // The relative clauses the dates read, closed by a comma before the verb, whose
        // antecedent comes right before them: "A, who" (not "talks, which").
        let closed = DateText.relativeClauses(in: text.substring(to: offset)).filter { clause in
            NSMaxRange(clause) < offset && before.contains { NSMaxRange($0.range) + 2 == clause.location }
        }
        return closed.isEmpty ? before : before.filter { mention in !closed.contains { NSIntersectionRange(mention.range, $0).length > 0 } }
    }

    /// The last mention before a point and those joined to it by "and" or commas.
    func coordinatedGroup(endingWith mentions: Located, in text: UTF16Text) -> [EntityID] {
        guard var current = mentions.last else { return [] }
        var group = [current.id]
        for previous in mentions.dropLast().reversed() {
            // "The two leaders" is one mention of two people, at one range.
            if previous.range == current.range {
                group.insert(previous.id, at: 0)
                continue
            }
            guard Self.coordinated(previous.range, current.range, in: text) else { break }
            group.insert(previous.id, at: 0)
            current = previous
        }
        return unique(group)
    }

    /// The first mention after a point and those joined to it: "brokered by Egypt,
    /// Qatar and the United States".
    func coordinatedGroup(startingWith mentions: Located, in text: UTF16Text) -> [EntityID] {
        guard var current = mentions.first else { return [] }
        var group = [current.id]
        for next in mentions.dropFirst() {
            guard next.range == current.range || Self.coordinated(current.range, next.range, in: text) else { break }
            group.append(next.id)
            current = next
        }
        return unique(group)
    }

    /// Whether the gap between two names joins them: "and", a comma, "and the",
    /// ", along with", a title and demonym ("... and Azerbaijani President ..."),
    /// or a counterpart ("..., and his Chinese counterpart ..."), perhaps after the
    /// first one's state ("A of Peru and President B").
    static func coordinated(_ first: NSRange, _ second: NSRange, in text: UTF16Text) -> Bool {
        var gap = text.substring(with: NSRange(location: NSMaxRange(first), length: max(second.location - NSMaxRange(first), 0)))
        // "Ferdinand Marcos Jr. and B": the abbreviation's stop ends the name.
        if gap.hasPrefix("."), first.length > 2, ["Jr", "Sr"].contains(text.substring(with: NSRange(location: NSMaxRange(first) - 2, length: 2))) { gap.removeFirst() }
        return gap.count < 80 && matches(coordinatingGap, gap, anchored: true)
            // "A, the secretary of Peru's Security Council, and B": a post set off by
            // commas after the first.
            || gap.count < 120 && gap.hasPrefix(", ") && matches(appositionThenCoordinatingGap, gap, anchored: true)
    }

    /// A post in apposition ("the secretary of ...", "President of the UAE"), then
    /// what joins two coordinated names.
    private static let appositionThenCoordinatingGap = try! NSRegularExpression(pattern: #"^,\s+(?:(?:the|his|her|its|their|\p{Lu}[\p{L}.-]*['’]s)\s+|(?=(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:of|for)\s))[^,;()]{2,70}?(?="# + coordinatingGap.pattern.dropFirst() + ")")

    /// "that their trade ministers would", "instructed their negotiators to": people
    /// the subject owns open a clause of their own before a verb.
    static let othersAsSubject = pattern(#"\b(?:that|agreed|decided|said|announced|instructed|asked|ordered|tasked|directed)\s+(?:their|its|his|her)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(?:(?:will|would|should|could|shall|must|to|are\s+to|were\s+to|is\s+to)\s+)?(?:(?:also|soon|again|then|later)\s+)?$"#)

    /// What joins two coordinated names: "and", a state's people's name and a post
    /// before the second ("and U.S. special envoy", "and Cambodian Deputy Prime
    /// Minister and Foreign Minister"); compiled once, as a pattern
    /// given to `range(of:options:)` is compiled at every call.
    private static let coordinatingGap = try! NSRegularExpression(pattern: #"^(?:['’]s|(?<=s)['’])?(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s*){1,3}(?=,|\s+and\b))?\s*(?:,|and|,\s*and|,\s*(?:along|together)\s+with)\s+(?:the\s+|(?:his|her|their)\s+(?=(?:\p{Lu}[\p{L}-]*\s+){0,2}counterpart\b)|(?:his|her)\s+(?:wife|husband|spouse),?\s+)?(?:(?:\p{Lu}[\p{L}.-]*(?:['’]s|(?<=s)['’])?|"# + lowerCasePostWords + #")\s+(?:(?:of|for)\s+(?=\p{Lu})|and\s+(?=(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:Minister|Secretary|President|Premier|Chancellor)\b))?){0,8}(?:counterpart,?\s+)?$"#)
    /// The words of posts written in lower case: "special envoy", "presidential aide".
    private static let lowerCasePostWords = "special|envoy|presidential|aide|adviser|advisor|chief|negotiator|spokesperson|spokesman|spokeswoman|ambassador|senior|top|diplomat"
        + "|foreign|minister|prime|president|vice|deputy|secretary|defen[cs]e|interior|national|security|premier|chancellor"
        // "and Thailand's acting Prime Minister": how the post is held.
        + "|interim|acting|transitional|caretaker|outgoing|incoming"
        // "and North Korean leader", "and Saudi crown prince": posts named by a noun.
        + "|leader|opposition|head|king|queen|emir|sultan|monarch|crown|prince|speaker"

    /// "During his stay in Quito, Berg met ...": the one the clause opens the
    /// sentence for stays there; "Rojas will meet X during her stay in Lima": the
    /// sentence's subject does.
    private func stays(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        guard let stay = Self.firstRange(Self.stayIn, sentence.text),
              let destination = mentions.first(where: { [.place, .state, .region].contains($0.type) && $0.range.location == NSMaxRange(stay) }) else { return }
        let text = UTF16Text(sentence.text)
        let visitor = stay.location == 0
            ? mentions.first { $0.type == .person && $0.range.location > NSMaxRange(destination.range) }.flatMap { person in
                // The subject right after the clause, perhaps after a title.
                let gap = text.substring(with: NSRange(location: NSMaxRange(destination.range), length: person.range.location - NSMaxRange(destination.range)))
                return gap.hasPrefix(",") && Self.matches(Self.titleGap, String(gap.dropFirst()), anchored: true) ? person : nil
            }
            : mentions.first { $0.type == .person && NSMaxRange($0.range) <= stay.location }
        guard let visitor, !unreal(sentence, before: stay) else { return }
        article.relate(.visited, visitor.id, destination.id, status: planned(sentence, before: stay), sentence: sentence)
    }

    /// "They were joined by C for a trilateral meeting": C met, or joined the call
    /// of, the two whom the sentence before has meet or call each other.
    private func joinedByAThird(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        guard let joined = Self.firstRange(Self.theyWereJoinedBy, sentence.text), let pair = article.pairMetOrCalled(in: sentence.index - 1) else { return }
        let text = UTF16Text(sentence.text)
        let people = mentions.filter { $0.type == .person && $0.range.location >= NSMaxRange(joined) }
        guard let first = people.first, !text.substring(with: NSRange(location: NSMaxRange(joined), length: first.range.location - NSMaxRange(joined))).contains(where: { ",.;".contains($0) }),
              first.range.location - NSMaxRange(joined) < 60 else { return }
        let guests = coordinatedGroup(startingWith: people, in: text)
        // Joined in a cause is no meeting: "joined by C in calling for calm".
        let end = people.filter { guests.contains($0.id) }.map { NSMaxRange($0.range) }.max() ?? NSMaxRange(first.range)
        if Self.matches(Self.inACause, text.substring(from: end), anchored: true) { return }
        let type: RelationType = article.haveMet(pair[0], pair[1], in: sentence.index - 1) ? .met : .phoned
        let status = planned(sentence, before: joined)
        for guest in guests where !pair.contains(guest) {
            for one in pair { article.relate(type, guest, one, status: status, sentence: sentence) }
        }
    }

    /// " in calling for", " in urging": a cause one is joined in.
    static let inACause = pattern(#"^\s+in\s+\p{L}+ing\b"#)

    /// "They were joined by ", "The two leaders were later joined by ".
    static let theyWereJoinedBy = pattern(#"^(?:They|The\s+two(?:\s+\p{L}+)?|Both(?:\s+\p{L}+)?)\s+(?:were|are|will\s+be)\s+(?:later\s+|also\s+|then\s+)?joined\s+by\s+"#)

    /// The nouns of talks one may be somewhere for: "was in Lima for talks".
    static let talksNouns = ["talks", "meeting", "meetings", "consultations", "negotiations", "summit"]

    /// "during his stay in", "during her two-day stay in".
    private static let stayIn = pattern(#"\b(?:during|throughout)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}stay\s+in\s+"#)

    /// "the Kenyan leader visited Addis Ababa", "he will visit Lima on May 9".
    private func visits(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        for match in Self.visitTrigger.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            // "a state visit by President X to Astana": the visitor first, then where.
            if let (visitor, destination) = Self.visitorThenDestination(after: match.range, in: text, mentions) {
                if !unreal(sentence, before: match.range) {
                    article.relate(.visited, visitor, destination, status: planned(sentence, before: match.range), sentence: sentence)
                }
                continue
            }
            guard let destination = mentions.first(where: { $0.range.location >= NSMaxRange(match.range) && [.place, .state, .region].contains($0.type) }) else { continue }
            let gap = NSRange(location: NSMaxRange(match.range), length: destination.range.location - NSMaxRange(match.range))
            guard gap.length < 12 || gap.length < 60 && Self.destinationLead.firstMatch(in: sentence.text, range: gap) != nil else { continue }
            // "on an unannounced visit, pledging Berlin's support": a clause after a comma
            // goes somewhere else, nor does a headline's source after a dash: "during December visit - Kremlin".
            guard !Self.clauseAfterComma(text.substring(with: gap)), case let between = text.substring(with: gap), !between.contains("—"), !between.holds(" - "), !between.holds(" – ") else { continue }
            var end = match.range.location
            var named = Self.outsideClosedClause(mentions, before: end, in: text).last { $0.type == .person }
            // "He will meet Prime Minister X and visit Lima": X is met; the visitor is
            // the subject of the verb before X.
            if let object = named, Self.matches(Self.andAgain, text.substring(with: NSRange(location: NSMaxRange(object.range), length: end - NSMaxRange(object.range)))),
               let verb = Self.lastRange(Self.verbBeforeObject, text.substring(to: object.range.location)) {
                end = verb.location
                named = mentions.last { $0.type == .person && NSMaxRange($0.range) <= end }
            }
            // "A said she had accepted an invitation from B to visit Chile": the one who
            // accepts it goes, not the one who sent it.
            let acceptedInvitation = sentence.has(prefix: ["accept"]) ? Self.lastRange(Self.acceptedInvitation, text.substring(to: match.range.location)) : nil
            if let acceptedInvitation {
                end = acceptedInvitation.location
                named = Self.outsideClosedClause(mentions, before: end, in: text).last { $0.type == .person }
            }
            // "A met the ministers of B and C, who had arrived in Quito": "who" is of the
            // people named by a plural before it, not of A, so no one named went.
            if let named, case let lead = text.substring(with: NSRange(location: NSMaxRange(named.range), length: max(0, end - NSMaxRange(named.range)))),
               let who = lead.range(of: ", who "), lead[..<who.lowerBound].letterRuns().contains(where: { Self.peoplePlurals.contains($0.lowercased()) }) { continue }
            // "A invited the Saudi minister to visit Tehran": the one invited goes, and
            // when no one named is invited, no one named went.
            if let named, sentence.has(prefix: ["invit"]), Self.matches(Self.invitedSomeoneElse, text.substring(with: NSRange(location: NSMaxRange(named.range), length: max(0, end - NSMaxRange(named.range))))) { continue }
            // "he will visit": the pronoun's person, when it is nearer than the last name.
            let pronoun = Self.lastRange(Self.personPronoun, text.substring(to: end))
            // "A also met B and C during his state visit to X": the visit is the
            // subject's, unless B was received or welcomed, who is then the guest.
            let before = text.substring(to: match.range.location)
            // "Berg said Bolivia's state visit to Peru went well": a visit a possessive
            // names is the visit of no one named before it, unless of the one named there.
            // "President X of Ecuador's first visit" is X's.
            if text.substring(with: match.range).lowercased() == "visit", let possessive = Self.lastRange(Self.possessiveJustBefore, before),
               let owner = mentions.last(where: { NSMaxRange($0.range) == possessive.location }),
               owner.type != .person, !mentions.contains(where: { person in
                   person.type == .person && text.substring(with: NSRange(location: NSMaxRange(person.range), length: max(0, owner.range.location - NSMaxRange(person.range)))) == " of "
               }) { continue }
            // So is a trip in a clause of time with no subject: "will hold talks with
            // X before travelling to Hanoi", "met B days after visiting Kyiv".
            let inTimeClause = text.substring(with: match.range).lowercased().letterRuns().first?.hasSuffix("ing") == true && Self.matches(Self.timeConjunction, before)
            // "the last stop of his tour that earlier took him to X": the tour is the subject's.
            let tourTookHim = ["take", "takes", "took"].contains(text.substring(with: match.range).lowercased().letterRuns().first ?? "")
            let subjectsVisit = Self.matches(Self.possessiveBeforeVisit, before) && !Self.matches(Self.guestVerb, sentence.text) || inTimeClause || tourTookHim
            // "Macron last met Xi in Paris, when the Chinese leader made his first trip
            // to Europe": a clause of time has its own subject.
            let clauseSubject = Self.lastRange(Self.clauseOfTime, before).flatMap { opener in
                mentions.first { $0.type == .person && $0.range.location >= NSMaxRange(opener) && NSMaxRange($0.range) <= match.range.location }?.id
            }
            var visitor = Self.visitor(after: destination.range, in: text, mentions)
                ?? (subjectsVisit ? clauseSubject ?? sentenceSubject(before: match.range.location, sentence, mentions, article: article) : nil)
                ?? (pronoun.map { pronoun in named.map { $0.range.location < pronoun.location } ?? true } ?? false
                    ? pronounSubject(sentence, mentions, before: end, article: article) : named?.id)
            // "A met Lebanese President B ... on the first day of a visit to Lebanon":
            // no one visits their own state; the sentence's subject does.
            if let named, visitor == named.id, let home = article.stateOf(person: named.id),
               home == (destination.type == .state ? destination.id : stateWithCapital(destination.id, in: article).map(article.state)),
               let subject = sentenceSubject(before: named.range.location, sentence, mentions, article: article), subject != named.id {
                visitor = subject
            }
            // "X, whose minister flew to Quito": the one who went is not named.
            // "postponed a planned visit to": no visit took place.
            guard let visitor, !unreal(sentence, before: match.range),
                  !(sentence.has(prefix: Self.calledOffWords) && Self.matches(Self.calledOff, text.substring(to: match.range.location))),
                  !Self.matches(Self.unnamedSubject, text.substring(to: match.range.location)) else { continue }
            // The first verb's modal reaches the visit: "will also meet X and visit Lima".
            // A clause of time takes the main verb's: "will hold talks ... before travelling to".
            let status = acceptedInvitation != nil ? .planned : planned(sentence, before: match.range) ?? (end < match.range.location ? planned(sentence, before: NSRange(location: end, length: 0)) : nil)
                ?? (inTimeClause && Attribution.announces(before) ? .planned : nil)
                // "preparations for his visit to Lima next month": a visit named by its
                // noun and dated after the article is yet to come.
                ?? (Self.matches(Self.visitNoun, text.substring(to: NSMaxRange(match.range))) && article.isDatedLater(sentence) ? .planned : nil)
                // "The treaty will be signed when Albanese visits Jakarta", "a treaty, to
                // be signed when Albanese visits Jakarta": a clause of time takes the main
                // clause's modal.
                ?? (Self.lastRange(Self.whenSubjectBefore, before).map { when in
                    let main = UTF16Text(before).substring(to: when.location)
                    return Attribution.announces(main) || Self.matches(Self.toBeDone, main)
                } == true ? .planned : nil)
            // "A, B and C arrived in Kyiv": those joined to the one named last went too.
            var visitors = [visitor]
            // Not across a clause: "signed by A and B in April when B visited Moscow".
            if let named, named.id == visitor, case let between = text.substring(with: NSRange(location: NSMaxRange(named.range), length: max(0, match.range.location - NSMaxRange(named.range)))),
               !between.contains(","), between.letterRuns().count <= 3, !between.letterRuns().contains(where: { Self.clauseWords.contains($0.lowercased()) }) {
                visitors = coordinatedGroup(endingWith: mentions.filter { $0.type == .person && $0.range.location <= named.range.location }, in: text)
            }
            // "the foreign ministers of A and B, who arrived in C": one span of two people.
            if let named, named.id == visitor {
                visitors += mentions.filter { $0.type == .person && $0.range == named.range && !visitors.contains($0.id) }.map(\.id)
            }
            // "will visit North Korea and Vietnam": each place joined to the first.
            let destinations = coordinatedGroup(startingWith: mentions.filter { [.place, .state, .region].contains($0.type) && $0.range.location >= destination.range.location }, in: text)
            for visitor in visitors {
                for place in destinations { article.relate(.visited, visitor, place, status: status, sentence: sentence) }
            }
        }
    }

    /// "ADDIS ABABA - ... Ruto, who is on a two-day state visit, ...", "ISLAMABAD - X
    /// and Y arrived here": a visit that names no destination is to the state whose
    /// capital dates the article, made by the person named last before it (and
    /// those joined to that one), who holds no office of that state. "X, who is in
    /// Egypt on an official visit": a place right before it, after "in", is where
    /// the visit is.
    private func visitToDateline(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        guard let trigger = Self.firstRange(Self.visitWithoutDestination, sentence.text), !unreal(sentence, before: trigger),
              let visitor = mentions.last(where: { $0.type == .person && NSMaxRange($0.range) <= trigger.location }) else { return }
        let text = UTF16Text(sentence.text)
        // "Rojas's visit comes after ...": the visit is the one right before the possessive's.
        if [0x27, 0x2019].contains(text.character(at: trigger.location)), NSMaxRange(visitor.range) != trigger.location { return }
        if let place = mentions.last(where: { NSMaxRange($0.range) + 1 == trigger.location && $0.range.location > NSMaxRange(visitor.range) }),
           [.place, .state, .region].contains(place.type),
           // Being there, not arriving: "arrived in Dushanbe on an official visit" is
           // the arrival's, and the visit is to the state.
           case let before = text.substring(to: place.range.location),
           ["is in ", "was in ", "are in ", "were in ", ", in "].contains(where: before.hasSuffix) {
            article.relate(.visited, visitor.id, place.id, status: planned(sentence, before: trigger), sentence: sentence)
            return
        }
        guard let home = datelineState(of: article) else { return }
        let host = article.state(home)
        // The lead may tell of the visit without naming the state: "arrived here".
        guard article.isMentioned(host) || sentence.index == article.datelinePlaceSentence() else { return }
        let visitors = coordinatedGroup(endingWith: mentions.filter { $0.type == .person && NSMaxRange($0.range) <= trigger.location }, in: text)
        // "will host B for a state visit": the host's future is the visit's.
        let status = planned(sentence, before: trigger)
            ?? (text.substring(with: trigger).lowercased().hasPrefix("for ") && Self.matches(Self.futureVerb, text.substring(to: trigger.location)) ? .planned : nil)
        for guest in visitors where article.stateOf(person: guest) != host {
            article.relate(.visited, guest, host, status: status, sentence: sentence)
        }
    }

    /// "LONDON - India and Britain signed a deal during a visit by Prime Minister X":
    /// a visit by someone, to nowhere named, is to the dateline's state. The guest's
    /// post, named with no state, is of the one other state the sentence names.
    private func visitByGuestToDateline(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        guard let by = Self.firstRange(Self.visitBy, sentence.text), !unreal(sentence, before: by),
              let guest = mentions.first(where: { $0.range.location >= NSMaxRange(by) }), guest.type == .person,
              Self.matches(Self.titleGap, " " + text.substring(with: NSRange(location: NSMaxRange(by), length: guest.range.location - NSMaxRange(by))), anchored: true),
              !Self.matches(Self.destinationAfter, text.substring(from: NSMaxRange(guest.range)), anchored: true),
              let home = datelineState(of: article) else { return }
        let host = article.state(home)
        guard article.isMentioned(host), article.stateOf(person: guest.id) != host else { return }
        article.relate(.visited, guest.id, host, status: planned(sentence, before: by), sentence: sentence)
        let others = Set(mentions.filter { $0.type == .state && $0.id != host }.map(\.id))
        if article.stateOf(person: guest.id) == nil, article.office(of: guest.id) == nil, let post = article.post(of: guest.id), others.count == 1, let other = others.first {
            article.relate(.holdsOffice, guest.id, other, title: post, sentence: sentence)
        }
    }

    /// "a visit by ", "the state visit by ": the guest follows.
    static let visitBy = pattern(#"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}visit\s+by\s+"#)
    /// What names where a visit went right after its guest: " to Lima", " of Peru to".
    static let destinationAfter = pattern(#"^(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})?\s+to\s+"#)

    /// "Prime Minister X received the visiting dignitary": the one who the article
    /// said before arrived or visited, when only one did. Read with the events, as
    /// the visit is one of them.
    private func describeGuest(in sentence: Sentence, into article: ArticleState) {
        guard let match = Self.theGuest.firstMatch(in: sentence), !article.isClaimed(sentence, match.range),
              let guest = article.soleVisitor(before: sentence.index) else { return }
        article.addMention(of: guest, sentence: sentence, utf16Range: match.range, kind: "description")
    }

    /// "the visiting dignitary", "the visiting Indonesian leader", "the guest", "the visitor".
    static let theGuest = OpeningWordPattern(#"\bthe\s+(?:visiting\s+(?:(?-i:\p{Lu})[\p{L}-]+\s+)?(?:dignitary|guest|leader|president|prime\s+minister|premier|chancellor|minister|foreign\s+minister|king|queen|emir|official|head\s+of\s+state)|(?:distinguished\s+|high-ranking\s+)?(?:guest|visitor))(?![\p{L}-])"#,
                                             opening: .word(["the"]))

    /// "X met with visiting Spanish King Y in Hanoi": the guest visited the city it
    /// happened in, else the dateline's state when the article names it.
    private func visitingGuests(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        for guest in mentions where guest.type == .person && Self.matches(Self.visitingBefore, text.substring(to: guest.range.location)) {
            let home = article.stateOf(person: guest.id)
            // A city named after "in", not the guest's own capital: after the guest, or
            // before it in the same clause ("met in Lima with the visiting X").
            let cities = mentions.filter { place in
                place.type == .place && text.substring(to: place.range.location).hasSuffix(" in ")
                    && article.name(of: place.id).map { name in lexicon.capitals[Lexicon.keyAndFold(name).key].map { article.state($0) != home } ?? lexicon.isCity(name) } == true
            }
            if let city = cities.first(where: { $0.range.location > NSMaxRange(guest.range) }) ?? cities.last(where: { place in
                guard NSMaxRange(place.range) <= guest.range.location else { return false }
                let between = text.substring(with: NSRange(location: NSMaxRange(place.range), length: guest.range.location - NSMaxRange(place.range)))
                return between.range(of: "visiting").map { !between[..<$0.lowerBound].contains { ",;".contains($0) } } ?? false
            }) {
                article.relate(.visited, guest.id, city.id, sentence: sentence)
            } else if let state = datelineState(of: article).map({ article.state($0) }), article.isMentioned(state), state != home {
                article.relate(.visited, guest.id, state, sentence: sentence)
            }
        }
    }

    /// "visiting" and the words of a title before a name: "visiting Spanish King",
    /// "visiting Deputy Secretary General of NATO,".
    static let visitingBefore = pattern(#"\bvisiting\s+(?:(?:(?-i:\p{Lu})[\p{L}.-]*,?|of|the)\s+){0,6}$"#)

    /// "Bolivia's state ", "Rojas's ": a possessive and up to two words in lower case.
    private static let possessiveAndWords = #"(?<=\p{L})['’]s?\s+(?:(?-i:\p{Ll})[\w-]*\s+){0,2}"#
    /// A possessive right before a visit.
    static let possessiveJustBefore = pattern(possessiveAndWords + "$")

    /// "on a two-day state visit", "on the second day of a state visit", "at the end
    /// of his visit", "Rojas's state visit" with no "to" after it but "to the country"
    /// ("to the Caribbean nation", not "to the Gulf nation of Qatar"), which only
    /// points back at the dateline's state.
    static let visitWithoutDestination = pattern(#"\b(?:arrived|arrives|arriving|landed|lands)\s+here\b|\b(?:on\s+(?:the\s+(?:[\w-]+\s+){1,2}of\s+)?|for\s+|at\s+the\s+(?:[\w-]+\s+){1,2}of\s+)(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}visit\b"#
        + notToANamedPlace + "|" + possessiveAndWords + #"visit\b"# + notToANamedPlace)
    private static let notToANamedPlace = #"(?!\s+to\b(?!\s+the\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}(?:country|nation|kingdom|sultanate|emirates?|republic)\b(?!\s+of\b)))"#

    /// "accepted an invitation from X to", "accepted X's invitation to", right
    /// before a visit.
    static let acceptedInvitation = pattern(#"\baccept(?:ed|s|ing)?\s+(?:an\s+|the\s+|his\s+|her\s+|their\s+|[\p{L}.-]+['’]s?\s+)?invitations?\s+(?:from\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,5})?to\s+$"#)
    /// " for ", " for a ", " for his fifth ", " for their first face-to-face ": what
    /// opens a trip's purpose, right before the trigger.
    static let forPurpose = pattern(#"\sfor\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}\d-]+\s+){0,2}$"#)
    /// " and also ", ", and will " between an object and the next verb of the same
    /// subject, perhaps after where or when they met ("in Beijing and travel on to",
    /// "on Thursday and will travel to"): all that stands between them.
    static let andAgain = pattern(#"^(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+){0,2})?(?:\s+(?:on\s+(?-i:\p{Lu})[\p{L}.]*(?:\s+\d{1,2})?|today|tomorrow))?,?\s+and\s+(?:also\s+|later\s+|then\s+)?(?:(?:will|would|is\s+to|is\s+due\s+to|plans\s+to)\s+(?:also\s+|later\s+|then\s+)?)?$"#)
    /// A verb of meeting and the words of its object's title: "meet Prime Minister",
    /// "hold talks with Chinese President".
    static let verbBeforeObject = pattern(#"\b(?:meet|meets|met|call|calls|called|host|hosts|hosted|receive|receives|received|(?:hold|holds|held|have|has|had)\s+(?:[\p{L}-]+\s+)?(?:talks|meetings?|consultations)\s+with)\s+(?:(?:his|her|the|with)\s+)?(?:[\p{L}.-]+\s+){0,4}$"#)

    /// "a visit by Uzbek President Timur Karimov to Astana": a person after "by" and
    /// a few capitalised words of title, then "to" and where.
    private static func visitorThenDestination(after trigger: NSRange, in text: UTF16Text, _ mentions: Located) -> (EntityID, EntityID)? {
        // "the visit of President X to Baku" names the visitor as "by" does.
        let after = text.substring(from: NSMaxRange(trigger))
        guard after.hasPrefix(" by ") || after.hasPrefix(" of ") && text.substring(with: trigger).lowercased().hasPrefix("visit"),
              let person = mentions.first(where: { $0.range.location > NSMaxRange(trigger) }), person.type == .person,
              var destination = mentions.first(where: { $0.range.location >= NSMaxRange(person.range) && $0.id != person.id }),
              [.place, .state, .region].contains(destination.type) else { return nil }
        let lead = text.substring(with: NSRange(location: NSMaxRange(trigger) + 4, length: person.range.location - NSMaxRange(trigger) - 4)).splitAtSpaces()
        var gap = text.substring(with: NSRange(location: NSMaxRange(person.range), length: destination.range.location - NSMaxRange(person.range)))
        // "by President X of Peru to Chile": the person's state stands between.
        if gap == " of " || gap == " of the ", destination.type == .state,
           let next = mentions.first(where: { $0.range.location >= NSMaxRange(destination.range) && $0.id != destination.id }),
           [.place, .state, .region].contains(next.type) {
            gap = text.substring(with: NSRange(location: NSMaxRange(destination.range), length: next.range.location - NSMaxRange(destination.range)))
            destination = next
        }
        guard lead.count <= 4, lead.allSatisfy({ $0.first?.isUppercase == true }), gap == " to " || gap == " to the " else { return nil }
        return (person.id, destination.id)
    }

    /// "a visit to Buenos Aires by Brazilian President Rafael Souza": the person
    /// "by" names right after the destination, perhaps after a title.
    private static func visitor(after destination: NSRange, in text: UTF16Text, _ mentions: Located) -> EntityID? {
        guard let person = mentions.first(where: { $0.type == .person && $0.range.location >= NSMaxRange(destination) }) else { return nil }
        let gap = text.substring(with: NSRange(location: NSMaxRange(destination), length: person.range.location - NSMaxRange(destination)))
        let words = gap.splitAtSpaces()
        guard words.first == "by", words.count <= 5, words.dropFirst().allSatisfy({ $0.first?.isUppercase == true || $0 == "of" }) else { return nil }
        return person.id
    }

    /// "A and B discussed the situation in X", "A briefed B on the outcomes of X":
    /// the people before the trigger discussed the regions, treaties, summits and
    /// organizations named after it.
    private func discussions(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        guard let at = Self.firstRange(Self.discussTrigger, sentence.text) else { return }
        // "focused on" is the talks' only when they open the sentence: "a meeting with
        // B that focused on the agreement" says what the meeting was for.
        if Self.matches(Self.focusedOn, UTF16Text(sentence.text).substring(with: at)),
           !Self.matches(Self.talksAsSubject, UTF16Text(sentence.text).substring(to: at.location), anchored: true) { return }
        // "Diallo told reporters that the leaders discussed": who reports it is not
        // who discussed it; the talkers are named after the "that".
        let report = sentence.has(["said", "says", "told", "added", "noted", "stated", "confirmed", "announced", "adding", "noting", "saying"])
            ? Self.lastRange(Self.reportedThat, UTF16Text(sentence.text).substring(to: at.location)) : nil
        var speakers = unique(mentions.filter { $0.type == .person && $0.range.location < at.location && $0.range.location >= (report.map(NSMaxRange) ?? 0) }.map(\.id))
        if speakers.isEmpty, let subject = pronounSubject(sentence, mentions, before: at.location, article: article) { speakers = [subject] }
        // "A received B. During the meeting, they discussed ...": the two who met or
        // called each other in the sentence before.
        if speakers.isEmpty, sentence.index > 0, sentence.has(["they", "interlocutors", "sides", "parties", "diplomats", "ministers", "leaders"]), Self.matches(Self.theyJustBefore, UTF16Text(sentence.text).substring(to: at.location)),
           let pair = article.pairMetOrCalled(in: sentence.index - 1) {
            speakers = pair
        }
        // "The talks, the sixth between the two, focused on ...": so do the talks
        // or the call the sentence opens with.
        if speakers.isEmpty, sentence.index > 0, Self.matches(Self.talksAsSubject, UTF16Text(sentence.text).substring(to: at.location), anchored: true),
           let pair = article.pairMetOrCalled(in: sentence.index - 1) {
            speakers = pair
        }
        // Topics stay in the trigger's clause: not "..., while Ruto shared updates about Darfur".
        // A second verb of discussing goes on with it: "reviewed ties and discussed ...".
        let rest = UTF16Text(sentence.text).substring(from: NSMaxRange(at))
        let clauseBreak = Self.mayBreakClause(sentence) ? Self.clauseBreak.matches(in: rest, range: NSRange(location: 0, length: rest.utf16.count)).first { found in
            !Self.matches(Self.andDiscussed, UTF16Text(rest).substring(from: found.range.location), anchored: true)
        } : nil
        let clauseEnd = clauseBreak.map { NSMaxRange(at) + $0.range.location } ?? Int.max
        // A state is a topic as the place of a situation: "discussed the situation in Sudan".
        // So is one joined to a place of a situation: "the situation in Gaza and Lebanon".
        let text = UTF16Text(sentence.text)
        var topicRanges: [NSRange] = []
        for mention in mentions where mention.range.location > at.location && mention.range.location < clauseEnd {
            // A name inside a topic's ("Central Asia" of "the Central Asia-China
            // summit") is part of what was discussed, no topic of its own.
            if let last = topicRanges.last, NSMaxRange(last) > mention.range.location { continue }
            let joined = topicRanges.last.map { last in
                // A speaker after a comma joins nothing ("discussed the corridor, the
                // Georgian government said").
                let gap = text.substring(with: NSRange(location: NSMaxRange(last), length: mention.range.location - NSMaxRange(last)))
                // "the situation in the Middle East, including Yemen": a part of a topic is one.
                return gap == " and " || gap == ", and " || gap == ", including " || gap == " including "
                    || gap == ", " && text.substring(with: mention.range).first?.isUppercase == true
                    && !Self.matches(Self.speechAfterTopic, text.substring(from: NSMaxRange(mention.range)), anchored: true)
            } ?? false
            // A state right after the verb is its object: "discussed Iran", also in a
            // list of its objects ("discussed tariffs, Ukraine and"); not its owner's:
            // "discussed Peru's budget".
            let object = (mention.range.location == NSMaxRange(at) + 1
                          || mention.type == .state && topicRanges.isEmpty
                          && Self.matches(Self.topicList, text.substring(with: NSRange(location: NSMaxRange(at), length: mention.range.location - NSMaxRange(at))), anchored: true))
                && !["'", "’"].contains(text.substring(from: NSMaxRange(mention.range)).first)
            if [.region, .treaty, .summit].contains(mention.type)
                || mention.type == .state && (joined || object || Self.situationBefore.firstMatch(in: sentence.text, range: NSRange(location: 0, length: mention.range.location)) != nil) {
                topicRanges.append(mention.range)
            }
        }
        let topics = unique(mentions.filter { topicRanges.contains($0.range) }.map(\.id))
        guard speakers.count <= 3 else { return }
        for speaker in speakers { for topic in topics { article.relate(.discussed, speaker, topic, sentence: sentence) } }
    }

    /// Topics in lower case, each of up to three words, each ended by a comma or
    /// "and": " tariffs, ", " trade, energy and ".
    static let topicList = pattern(#"^\s+(?:(?-i:\p{Ll})[\p{L}-]*(?:\s+(?-i:\p{Ll})[\p{L}-]*){0,2}(?:,\s+|,?\s+and\s+))+$"#)

    /// A verb of speech and "that": "told reporters that", "said that".
    static let reportedThat = pattern(#"\b(?:said|says|told(?:\s+\p{L}+){1,2}|added|noted|stated|confirmed|announced|adding|noting|saying)\s+(?:that\b|(?=(?:the|both|he|she|they)\s|(?-i:\p{Lu})))"#)
    /// "and discussed", "and also reviewed": a second verb of discussing.
    static let andDiscussed = pattern(#"^and\s+(?:also\s+|then\s+)?(?:discuss|review|touched|exchanged\s+views|talked\s+about)"#)
    /// "focused on", "centred on": a verb of what talks were about.
    static let focusedOn = pattern(#"^(?:focused|focussed|centred|centered|concentrated)\s+on$"#)
    /// The talks or the call that open a sentence as its subject, perhaps with a
    /// phrase between commas after them: "The talks, the sixth this year, ".
    static let talksAsSubject = pattern(#"^(?:the|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|call|conversation|discussions)(?:,[^,.;]{1,80},)?\s+(?:also\s+)?$"#)
    /// "they discussed", "the interlocutors also reviewed": "they" or the two sides as
    /// the subject right before a verb.
    static let theyJustBefore = pattern(#"\b(?:they|the\s+interlocutors|the\s+(?:two\s+)?(?:sides|parties|diplomats|ministers|leaders)|both\s+sides)\s+(?:(?:also|have|had|then|further|jointly)\s+){0,2}$"#)

    /// A verb of speech right after a name: "..., Lima said".
    static let speechAfterTopic = pattern(#"^(?:['’]s(?:\s+(?-i:\p{Ll})[\p{L}-]*){1,2})?\s+(?:said|says|told|reported|announced|added|stated)\b"#)

    /// "the situation in", "the security situation in eastern", "support for": what
    /// stands before a state that is the topic of talks.
    static let situationBefore = pattern(#"\b(?:(?:situation|crisis|developments|conflict|war|fighting|security|tensions|peace process|humanitarian situation)\s+(?:in|around|on|over|along|with)|(?:support|aid|assistance)\s+(?:for|to))\s+(?:the\s+)?(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west)|(?:north|south|east|west|(?:north|south)-?(?:east|west))ern)\s+)?$"#)

    /// States a sentence refers to, by name or by a demonym ("Azerbaijani forces"),
    /// with where they stand in it.
    private func stateReferences(_ sentence: Sentence, _ mentions: Located, into article: ArticleState, compounds: Bool = true) -> [(id: EntityID, location: Int)] {
        var found = mentions.filter { $0.type == .state }.map { (id: $0.id, location: $0.range.location) }
        let text = UTF16Text(sentence.text)
        for match in Self.capitalisedWord.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let word = text.substring(with: match.range)
            // "Russian-Armenian trade": a pair named as one, left out where asked.
            let inCompound = (match.range.location > 0 && text.character(at: match.range.location - 1) == 0x2D)
                || (NSMaxRange(match.range) < text.length && text.character(at: NSMaxRange(match.range)) == 0x2D)
            if inCompound && !compounds { continue }
            guard lexicon.stateNames[Lexicon.key(word)] == nil, let state = lexicon.state(namedOrDemonym: word) else { continue }
            found.append((article.state(state), match.range.location))
        }
        return found.sorted { ($0.location, $0.id) < ($1.location, $1.id) }
    }

    /// The party right after a conflict's word and its preposition: "invasion of
    /// B", "attacks on the B", "war against B".
    static func conflictObject(after conflict: NSRange, parties: [(id: EntityID, location: Int)], in text: UTF16Text) -> EntityID? {
        let rest = text.substring(from: NSMaxRange(conflict))
        for lead in [" of ", " on ", " against ", " with "] where rest.hasPrefix(lead) {
            let start = NSMaxRange(conflict) + lead.utf16.count
            let at = rest.dropFirst(lead.count).hasPrefix("the ") ? start + 4 : start
            return parties.first { $0.location == at }?.id
        }
        return nil
    }

    /// "the two countries" or "both nations" a few words before a trigger, in its clause.
    static let twoStatesJustBefore = pattern(#"\b(?:the two|both) (?:[\w-]+ )?(?:countries|nations|states|governments|neighbou?rs)\b(?:,\s+(?:which|that)\b)?[^,;.—]{0,30}$"#)
    /// " in " and a capitalised word: a war placed, not between sides.
    static let inNamedPlace = try! NSRegularExpression(pattern: #"^\s+in\s+\p{Lu}"#)
    static let capitalisedWord = try! NSRegularExpression(pattern: #"(?<![\p{L}])\p{Lu}[\p{L}]+(?![\p{L}])"#)

    /// Alliances, conflicts and mediation between states.
    private func stateRelations(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        let text = sentence.text
        // Each pattern only where its words are.
        let hasAlly = (sentence.has(["ally", "allies", "allied", "alliance"]) || sentence.has(["strategic"]) && sentence.has(prefix: ["partner"]))
            && Self.matches(Self.allyTrigger, text)
        let conflict = sentence.has(prefix: Self.conflictPrefixes) ? Self.firstRange(Self.conflictTrigger, text) : nil
        // What is facilitated must be talks: trade "facilitated by" a port is not.
        let mediation = sentence.has(prefix: ["mediat", "brokered"]) || sentence.has(prefix: ["facilitat"]) && sentence.has(["talks", "negotiations", "dialogue", "meeting"])
            ? Self.firstRange(Self.mediateTrigger, text) : nil
        guard hasAlly || conflict != nil || mediation != nil else { return }
        let states = stateReferences(sentence, mentions, into: article)
        if hasAlly {
            var allies = unique(states.map(\.id))
            // Two leaders speaking of "our allied relations": their states.
            if allies.count < 2 {
                allies = unique(allies + mentions.filter { $0.type == .person }.compactMap { article.stateOf(person: $0.id) })
            }
            if allies.count == 2 {
                article.relate(.allyOf, allies[0], allies[1], sentence: sentence)
            } else if allies.count > 2, let subject = states.first {
                // "Peru closed its border with Bolivia in support of Chile, its close
                // ally": "its ally" is the subject's, whatever other states are named.
                let ns = UTF16Text(text)
                for state in states where state.id != subject.id {
                    guard let range = mentions.first(where: { $0.id == state.id && $0.range.location == state.location })?.range,
                          Self.matches(Self.itsAllyAfter, ns.substring(from: NSMaxRange(range)), anchored: true)
                            || Self.matches(Self.itsAllyBefore, ns.substring(to: range.location)) else { continue }
                    article.relate(.allyOf, subject.id, state.id, sentence: sentence)
                }
            }
        }
        // "the war in Darfur" places a conflict without naming its parties; "since
        // the war began" dates something by a war named before ("since the war of
        // 2005" may still name its sides).
        let placedOnly = conflict.map { conflict in
            let ns = UTF16Text(text), after = ns.substring(from: NSMaxRange(conflict))
            let lead = ns.substring(to: conflict.location).lastLetterRuns(2)
            let datedBy = lead.count == 2 && lead[1] == "the" && Self.timePrepositions.contains(lead[0])
                && !["between", "with", "of", "against"].contains { after.hasPrefix(" \($0) ") }
            return datedBy || Self.matches(Self.inNamedPlace, after, anchored: true)
        } ?? false
        // "the Hamas attack", "the Houthi strikes": an actor that is no state, named
        // right before the word, is one side, so no two states near it are sides.
        // A place ("the Gaza war") or a time ("the October attack") is no actor.
        let byOtherActor = conflict.map { conflict in
            let lead = UTF16Text(text).substring(to: conflict.location).trailingRuns(2) { $0 != " " }
            guard lead.count == 2, lead[0].lowercased() == "the", let actor = lead.last, actor.first?.isUppercase == true else { return false }
            let name = String(actor), start = conflict.location - 1 - actor.utf16.count
            return lexicon.state(namedOrDemonym: name) == nil && lexicon.seats[name] == nil && !Self.notNames.contains(name)
                && !mentions.contains { [.state, .region, .place].contains($0.type) && NSLocationInRange(start, $0.range) }
        } ?? false
        // "Prime Ministers A and B clashed over migration": people who clash argue.
        let verbalClash = conflict.map { conflict in
            let ns = UTF16Text(text)
            guard ["clashed", "clash"].contains(ns.substring(with: conflict).lowercased()) else { return false }
            return mentions.last { NSMaxRange($0.range) <= conflict.location }?.type == .person
        } ?? false
        if let conflict, !placedOnly, !byOtherActor, !verbalClash {
            // The parties stand near the trigger: "the Armenian army launched attacks
            // on ... Azerbaijani forces"; "Russian-Armenian trade" names no party.
            let ns = UTF16Text(text)
            // "A and B helped mediate between the two countries, which fought a war":
            // the subjects of "mediate" are no sides.
            let mediatingSubjects = mediation.map { mediation -> [EntityID] in
                guard Self.mediatingVerbs.contains(ns.substring(with: mediation).lowercased()), !ns.substring(from: NSMaxRange(mediation)).hasPrefix(" by ") else { return [] }
                return coordinatedGroup(endingWith: mentions.filter { $0.type == .state && NSMaxRange($0.range) <= mediation.location }, in: ns)
            } ?? []
            // In the trigger's clause: "Egypt hosts Sudan talks as fighting rages" names
            // no party of the fighting.
            let parties = stateReferences(sentence, mentions, into: article, compounds: false).filter { party in
                guard !mediatingSubjects.contains(party.id) else { return false }
                // "... in the attack, a White House readout said": who reports is no side.
                if party.location > conflict.location, sentence.has(prefix: ["said", "say", "readout", "statement"]),
                   Self.matches(Self.reportingClauseOpens, ns.substring(to: party.location)),
                   let mention = mentions.first(where: { $0.range.location == party.location }),
                   Self.matches(Self.reportingClauseGoesOn, ns.substring(from: NSMaxRange(mention.range)), anchored: true) { return false }
                let gap = party.location < conflict.location
                    ? NSRange(location: party.location, length: conflict.location - party.location)
                    : NSRange(location: NSMaxRange(conflict), length: party.location - NSMaxRange(conflict))
                // "signed a declaration to end hostilities, in a ceremony witnessed by
                // US President C": who looks on is no side.
                if party.location > conflict.location, sentence.has(["witnessed", "attended", "observed", "presence"]),
                   Self.witnessedBy.firstMatch(in: text, range: gap) != nil { return false }
                return !Self.mayJoinClauses(sentence) || Self.clauseJoiner.firstMatch(in: text, range: gap) == nil
            }
            // "talks mediated by Qatar and Turkey": the mediators are no sides.
            let namedMediators = Set(Self.mediatedBy.matches(in: text, range: NSRange(location: 0, length: ns.length)).flatMap { by in
                let after = mentions.filter { $0.type == .state && $0.range.location >= NSMaxRange(by.range) }
                return after.first.map { $0.range.location == NSMaxRange(by.range) } == true ? coordinatedGroup(startingWith: after, in: ns) : []
            })
            var near = unique(parties.filter { abs($0.location - conflict.location) < 80 && !namedMediators.contains($0.id) }.map(\.id))
            // "Pakistan and Afghanistan agreed to a ceasefire after a week of clashes":
            // the side named last before the word and the state joined to it.
            if near.count <= 1, let side = mentions.last(where: { side in
                   side.type == .state && side.range.location < conflict.location && conflict.location - side.range.location < 120 && parties.contains { $0.id == side.id }
               }) {
                let joined = coordinatedGroup(endingWith: mentions.filter { $0.type == .state && $0.range.location <= side.range.location }, in: ns)
                if joined.count == 2, near.allSatisfy(joined.contains) { near = joined }
            }
            // "the war between A and B": the two named after "between". With one
            // state there, the other side is no state ("the war between the Sudanese
            // army and the Rapid Support Forces"), nor any state named before.
            if ns.substring(from: NSMaxRange(conflict)).hasPrefix(" between ") {
                let named = unique(parties.filter { $0.location > conflict.location && $0.location - conflict.location < 60 }.map(\.id))
                if named.count >= 2 { near = Array(named.prefix(2)) } else if named.count == 1 { near = [] }
            }
            // "A, which launched an invasion of B, has warned C": with more than two
            // near, the one the trigger takes as its object and the nearest before it.
            if near.count > 2, let object = Self.conflictObject(after: conflict, parties: parties, in: ns),
               let subject = parties.last(where: { $0.location < conflict.location && $0.id != object }) {
                near = [subject.id, object]
            }
            // "a summit of Sudan's neighbours aimed at ending the conflict": a conflict
            // to be ended, named by "the" and no sides, is the one the article spoke
            // of, not one between the states near it.
            if Self.matches(Self.endingTheConflict, ns.substring(to: conflict.location)),
               !["between", "with", "of", "against"].contains(where: { ns.substring(from: NSMaxRange(conflict)).hasPrefix(" \($0) ") }) {
                near = article.latestConflict(upTo: sentence) ?? []
            }
            // "The two countries fought a war", "the clashes between the two neighbours":
            // the two states named last before.
            // "The two neighbours fought": two that share a border, if two named do.
            if near.isEmpty, Self.matches(Self.twoStatesJustBefore, ns.substring(to: conflict.location))
                || Self.matches(Self.betweenTheTwo, ns.substring(from: NSMaxRange(conflict))) {
                let neighbours = sentence.has(["neighbours", "neighbors"]) ? article.lastTwoNeighbours(before: sentence, in: lexicon) : nil
                near = neighbours ?? article.lastTwoStates(before: sentence)
            }
            // "A and B struck C's bases", "A hit targets in C": every state joined
            // right before the verb fought the one whose targets it struck.
            if Self.strikeVerbs.contains(ns.substring(with: conflict).lowercased()) {
                near = []
                let subjects = coordinatedGroup(endingWith: mentions.filter { $0.type == .state && NSMaxRange($0.range) <= conflict.location }, in: ns)
                let last = mentions.last { $0.type == .state && NSMaxRange($0.range) <= conflict.location }
                let gap = last.map { ns.substring(with: NSRange(location: NSMaxRange($0.range), length: conflict.location - NSMaxRange($0.range))) } ?? ""
                if gap.letterRuns().count <= 2, !gap.holds(","),
                   let target = parties.first(where: { $0.location > NSMaxRange(conflict) && $0.location - NSMaxRange(conflict) < 60 }) {
                    for subject in subjects where subject != target.id { article.relate(.conflictWith, subject, target.id, sentence: sentence) }
                }
            }
            if near.count == 2 { article.relate(.conflictWith, near[0], near[1], sentence: sentence) }
        }
        // An offer is no mediation: "offered to mediate", "ready to mediate"; nor is
        // its absence: "their first meeting without a mediator".
        if let mediation, !unreal(sentence, before: mediation),
           !Self.matches(Self.withoutMediation, UTF16Text(text).substring(to: mediation.location)) {
            // A state where the conflict is ("a ceasefire in Sudan") is mediated, not
            // a mediator. "The two mediators" are the acting states before the word,
            // as are the states before the verb ("Egypt and Qatar mediated"); else
            // one mediator is the acting state nearest it. The others are mediated.
            let ns = UTF16Text(text)
            let acting = states.filter { !Self.endsWithLocationWord(ns.substring(to: $0.location)) }
            let pool = acting.isEmpty ? states : acting
            let word = ns.substring(with: mediation).lowercased()
            var mediators = word.hasSuffix("ors") ? unique(pool.filter { $0.location < mediation.location }.map(\.id)) : []
            // "Qatari mediators", "Egyptian and Qatari mediators": the peoples named
            // right before the word, joined by "and" or commas, are the mediators.
            if word.hasPrefix("mediator"), var owner = states.last(where: { $0.location < mediation.location }),
               ns.substring(with: NSRange(location: owner.location, length: mediation.location - owner.location)).splitAtSpaces().count == 1 {
                mediators = [owner.id]
                while let previous = states.last(where: { $0.location < owner.location }),
                      case let words = ns.substring(with: NSRange(location: previous.location, length: owner.location - previous.location)).splitAtSpaces(),
                      words.count == 2 && words[1] == "and" || words.count == 1 && words[0].hasSuffix(",") || words.count == 2 && words[0].hasSuffix(",") && words[1] == "and" {
                    mediators.insert(previous.id, at: 0)
                    owner = previous
                }
                mediators = unique(mediators)
            }
            // "Mediators from A, B and C", "facilitated by A and B": the states joined
            // after "from" or the passive's "by"; after "by", a body too ("facilitated
            // by the European Union").
            let rest = ns.substring(from: NSMaxRange(mediation))
            var titleStates: [EntityID] = []
            if let joiner = word.hasPrefix("mediator") ? (rest.hasPrefix(" from ") ? " from " : nil) : (rest.hasPrefix(" by ") ? " by " : nil) {
                let after = mentions.filter { ($0.type == .state || joiner == " by " && $0.type == .organization) && $0.range.location >= NSMaxRange(mediation) }
                let from = NSMaxRange(mediation) + joiner.utf16.count
                if let first = after.first, first.range.location == from || first.range.location == from + "the ".utf16.count {
                    // Those joined to the first are of its kind: "by Qatar and Turkey,
                    // Qatar's foreign ministry said" joins no ministry.
                    mediators = coordinatedGroup(startingWith: after.filter { $0.type == first.type }, in: ns)
                }
                // "talks brokered by Malaysian Prime Minister X": the person after the
                // title mediates, and the state of the title is no side.
                let people = mentions.filter { $0.type == .person && $0.range.location >= from }
                if joiner == " by ", let person = people.first,
                   Self.matches(Self.titleBeforeMediator, ns.substring(with: NSRange(location: from, length: person.range.location - from)), anchored: true) {
                    mediators = coordinatedGroup(startingWith: people, in: ns)
                    titleStates = states.filter { $0.location >= from && $0.location < person.range.location }.map(\.id)
                        + mediators.compactMap { article.stateOf(person: $0) }
                }
            }
            // "Qatar, along with Egypt, has served as a key mediator between A and B":
            // the states after "between" are mediated, not the nearest mediator; the
            // mediator is the acting state before the word, with those joined to it.
            if mediators.isEmpty, word.hasPrefix("mediator"), Self.matches(Self.betweenNamed, rest, anchored: true) {
                let before = mentions.filter { $0.type == .state && NSMaxRange($0.range) <= mediation.location && !Self.endsWithLocationWord(ns.substring(to: $0.range.location)) }
                mediators = coordinatedGroup(endingWith: before, in: ns)
            }
            if Self.mediatingVerbs.contains(word), !rest.hasPrefix(" by ") {
                let subjects = mentions.filter { $0.type == .state && NSMaxRange($0.range) <= mediation.location }
                let joined = coordinatedGroup(endingWith: subjects, in: ns)
                if !joined.isEmpty { mediators = joined }
            }
            // "a UAE-mediated swap": the state joined to the word is the mediator.
            if mediation.location > 1, ns.character(at: mediation.location - 1) == 0x2D,
               let word = ns.substring(to: mediation.location - 1).split(separator: " ").last,
               let state = lexicon.state(namedOrDemonym: String(word)) {
                mediators = [article.state(state)]
            }
            // "an EU-facilitated dialogue", "under AU mediation": a body joined to the word mediates.
            if let body = mentions.first(where: { $0.type == .organization && NSMaxRange($0.range) == mediation.location - 1 }),
               [0x2D, 0x20].contains(ns.character(at: mediation.location - 1)) {
                mediators = [body.id]
            }
            // "Qatar has been a key mediator, alongside Egypt,": one the mediator acts
            // alongside is no nearer a mediator than the one it joins.
            let alongside = states.filter { Self.matches(Self.actingAlongside, ns.substring(to: $0.location)) }
            if mediators.isEmpty {
                let candidates = pool.filter { state in !alongside.contains { $0.location == state.location } }
                guard let nearest = candidates.min(by: { abs($0.location - mediation.location) < abs($1.location - mediation.location) })?.id else { return }
                mediators = [nearest]
            }
            // "mediating between A and B alongside the United States": a state the
            // mediators act alongside mediates with them.
            for state in alongside {
                mediators = unique(mediators + coordinatedGroup(startingWith: mentions.filter { $0.type == .state && $0.range.location >= state.location }, in: ns))
            }
            // "met a delegation to discuss a U.S. plan": a state whose proposal is
            // talked over is no side of what is mediated.
            let proposing = states.filter { state in
                let end = mentions.first { $0.id == state.id && $0.range.location == state.location }.map { NSMaxRange($0.range) }
                    ?? (state.location + (ns.substring(from: state.location).split(separator: " ").first?.utf16.count ?? 0))
                return Self.matches(Self.proposalAfter, ns.substring(from: end), anchored: true)
            }
            // "Leaders of A and B met, as Europe sought a line ahead of new US-brokered
            // negotiations on C": a clause of its own names the mediated, not its subjects.
            let clauseStart = Self.lastRange(Self.subordinateOpening, ns.substring(to: mediation.location)).map(NSMaxRange) ?? 0
            var parties = unique(states.filter { state in !proposing.contains { $0.location == state.location } && state.location >= clauseStart }.map(\.id))
                .filter { !mediators.contains($0) && !titleStates.contains($0) }
            // "mediate between the neighbours", "the talks are facilitated by": the
            // two states of the article's conflict, else the two named last.
            // So are "the two countries" that signed "a Russian-brokered agreement".
            if parties.isEmpty, Self.matches(Self.betweenTheTwo, ns.substring(from: NSMaxRange(mediation)))
                || Self.matches(Self.theTalks, ns.substring(to: mediation.location))
                || Self.matches(Self.twoStatesJustBefore, ns.substring(to: mediation.location)) {
                parties = (article.latestConflict(upTo: sentence) ?? article.lastTwoStates(before: sentence)).filter { !mediators.contains($0) }
            }
            // "Oman has mediated four rounds of the talks": the sides of the talks the
            // article named ("Iran-US talks").
            if parties.isEmpty, Self.matches(Self.roundsOfTheTalks, ns.substring(from: NSMaxRange(mediation)), anchored: true),
               let talks = article.latest(.summit, upTo: sentence, named: "talks") ?? article.latest(.summit, upTo: sentence, named: "negotiations") {
                parties = article.parties(of: talks).filter { !mediators.contains($0) }
            }
            // "Oman is mediating the Iran-U.S. negotiations", "the Iran-U.S. talks, which
            // Oman is mediating": the parties of the talks named right after the verb or
            // before the clause.
            if parties.isEmpty, let talks = mentions.first(where: { talks in
                guard talks.type == .summit else { return false }
                if talks.range.location >= NSMaxRange(mediation) { return talks.range.location - NSMaxRange(mediation) <= " the ".utf16.count }
                return NSMaxRange(talks.range) <= mediation.location
                    && Self.matches(Self.whichClauseBefore, ns.substring(with: NSRange(location: NSMaxRange(talks.range), length: mediation.location - NSMaxRange(talks.range))), anchored: true)
            }) {
                parties = article.parties(of: talks.id).filter { !mediators.contains($0) }
            }
            for mediator in mediators {
                for party in parties { article.relate(.mediates, mediator, party, sentence: sentence) }
            }
        }
    }

    /// Those named as mediating before a sentence: the states, bodies and people
    /// right after "mediated by", "brokered by" or "facilitated by", perhaps after a
    /// title ("brokered by Malaysian Prime Minister X" names Malaysia and X).
    func mediatorsNamed(before sentence: Sentence, in article: ArticleState) -> Set<EntityID> {
        var found: Set<EntityID> = []
        for earlier in article.sentences[..<sentence.index] where earlier.has(prefix: ["mediated", "brokered", "facilitated"]) {
            let text = UTF16Text(earlier.text)
            let mentions = article.located(in: earlier)
            for by in Self.mediatedBy.matches(in: earlier.text, range: NSRange(location: 0, length: text.length)) {
                let from = NSMaxRange(by.range)
                let after = mentions.filter { $0.range.location >= from }
                guard let first = after.first,
                      Self.matches(Self.titleBeforeMediator, text.substring(with: NSRange(location: from, length: first.range.location - from)), anchored: true) else { continue }
                found.formUnion(coordinatedGroup(startingWith: after.filter { $0.type == first.type }, in: text))
                if let person = after.first(where: { $0.type == .person }),
                   Self.matches(Self.titleBeforeMediator, text.substring(with: NSRange(location: from, length: person.range.location - from)), anchored: true) {
                    found.insert(person.id)
                }
            }
        }
        return found
    }

    /// "alongside the", "together with": right before a state that acts with others.
    /// ", a White House readout said", ", the Kremlin said": a clause that reports
    /// the sentence, opened by a comma ...
    private static let reportingClauseOpens = pattern(#",\s+(?:(?:a|an|the)\s+)?$"#)
    /// ... and going on to its verb of saying after the reporter.
    private static let reportingClauseGoesOn = pattern(#"^(?:['’]s)?(?:\s+(?:spokes(?:man|woman|person)|statement|readout|official|officials|source|sources))?\s+(?:said|says|added|stated|reported)\b"#)
    private static let actingAlongside = pattern(#"\b(?:alongside|along\s+with|together\s+with|jointly\s+with)\s+(?:the\s+)?$"#)

    /// A proposal's noun right after a state: "a U.S. plan", "the Egyptian peace proposal".
    private static let proposalAfter = pattern(#"^\s+(?:(?:peace|ceasefire|truce|draft)\s+)?(?:plan|plans|proposal|proposals|initiative|initiatives|draft|framework|roadmap|road\s+map|offer|offers|blueprint)\b"#)

    /// A title, and no other name, between "brokered by" and the person who mediates.
    static let titleBeforeMediator = pattern(#"^(?:the\s+)?(?:(?!and\s)[\p{L}.'’-]+\s+){0,6}$"#)

    /// What opens a clause of time or circumstance: ", as", "ahead of", ", while".
    static let subordinateOpening = pattern(#"(?:,\s+(?:as|while|when)|\bahead\s+of)\s"#)
    /// "mediated by", "brokered by": the states right after it mediate.
    static let mediatedBy = pattern(#"\b(?:mediated|brokered|facilitated)\s+by\s+(?:the\s+)?"#)

    /// A verb of ending and "the" before a conflict's word: "aimed at ending the".
    private static let endingTheConflict = pattern(#"\b(?:end|ends|ending|ended|resolve|resolves|resolving|resolved|settle|settling|stop|stopping|halt|halting)\s+the\s+$"#)

    /// Words that date an event by another: "since the war", "during the fighting".
    static let timePrepositions: Set<String> = ["since", "during", "before", "after", "throughout", "until", "amid"]

    /// "between the two countries", "between the neighbours", after a mediating word.
    private static let betweenTheTwo = pattern(#"^\s+(?:talks\s+|efforts\s+)?between\s+(?:the\s+)?(?:two\s+)?(?:countries|nations|states|governments|sides|neighbou?rs|rivals|parties)\b"#)

    /// "between Israel and", after a mediating word: the parties are named.
    private static let betweenNamed = pattern(#"^\s+(?:(?:in|of)\s+(?:the\s+)?(?:talks|negotiations|efforts)\s+)?between\s+(?:the\s+)?(?-i:\p{Lu})"#)

    /// "The talks are being" before a mediating word: talks the article spoke of.
    /// "four rounds of the talks", "the negotiations" right after a verb of mediating.
    private static let roundsOfTheTalks = pattern(#"^\s+(?:(?:[\w-]+\s+){1,3}of\s+)?the\s+(?:talks|negotiations)\b"#)
    private static let theTalks = pattern(#"^\s*the\s+(?:\w+\s+){0,2}?(?:talks|negotiations|dialogue|meetings?|discussions|consultations)\s+(?:are|were|is|was|have been|had been)\s+(?:being\s+)?$"#)

    /// ", which Oman is ", ", which Qatar has been": a clause whose verb mediates what
    /// stands before it.
    static let whichClauseBefore = pattern(#"^,?\s+(?:which|that)\s+[^,;]{1,40}$"#)

    /// The forms of "mediate" whose subject is the mediator, and "brokered".
    private static let mediatingVerbs: Set<String> = ["mediate", "mediates", "mediated", "mediating", "brokered"]

    /// "Nairobi deployed 1,000 troops to Haiti", "it dispatched Ethiopian
    /// soldiers ... to Somalia's Gedo region", "Russia, which keeps troops in
    /// Moldova's Transnistria region".
    private func deployments(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        // "a pact that allows each to deploy troops", "ready to send troops": no deployment yet.
        guard let at = Self.firstRange(Self.deployTrigger, sentence.text), !unreal(sentence, before: at) else { return }
        let states = stateReferences(sentence, mentions, into: article)
        // The sender: a state acting before the verb, else the troops' demonym, else
        // a body right before the verb ("The European Union deployed a mission to").
        let sender = states.last { $0.location < at.location }?.id ?? states.first { $0.location < NSMaxRange(at) }?.id
            ?? mentions.last { $0.type == .organization && NSMaxRange($0.range) <= at.location && Self.matches(Self.subjectGap, UTF16Text(sentence.text).substring(with: NSRange(location: NSMaxRange($0.range), length: at.location - NSMaxRange($0.range)))) }?.id
        let after = mentions.filter { $0.range.location >= NSMaxRange(at) - 2 && [.region, .place, .state].contains($0.type) }
        // "deployed peacekeepers to the region": the region the article named last.
        if let sender, after.isEmpty, Self.matches(Self.toTheRegion, UTF16Text(sentence.text).substring(from: at.location)),
           let region = article.latest(.region, upTo: sentence) {
            article.relate(.deployedTo, sender, region, sentence: sentence)
            return
        }
        // The destination: the most specific place named after "to", with those
        // joined to it ("to Mali and Niger").
        guard let sender, let destination = after.first(where: { $0.type == .region }) ?? after.first else { return }
        let destinations = coordinatedGroup(startingWith: Array(after.drop { $0.range != destination.range }), in: UTF16Text(sentence.text))
        for target in destinations where target != sender {
            article.relate(.deployedTo, sender, target, sentence: sentence)
        }
    }

    /// "Peru hosts a Chilean military base in Tacna": the base's state has forces
    /// where the base is, or in the host when the text says no more.
    private func hostedBases(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        guard let match = Self.hostedBase.firstMatch(in: sentence.text, range: NSRange(location: 0, length: text.length)),
              !unreal(sentence, before: match.range),
              let owner = lexicon.state(namedOrDemonym: text.substring(with: match.range(at: 1))) else { return }
        let place = mentions.first { [.place, .region].contains($0.type) && $0.range.location >= NSMaxRange(match.range) }
            .flatMap { Self.matches(Self.baseIn, text.substring(with: NSRange(location: NSMaxRange(match.range), length: $0.range.location - NSMaxRange(match.range)))) ? $0.id : nil }
        let host = mentions.last { $0.type == .state && NSMaxRange($0.range) <= match.range.location }?.id
        guard let target = place ?? host, target != article.state(owner) else { return }
        article.relate(.deployedTo, article.state(owner), target, sentence: sentence)
    }

    /// "hosts a Chilean military base": the base's state is group 1.
    private static let hostedBase = pattern(#"\bhost(?:s|ed|ing)?\s+(?:a|an|the)\s+((?-i:\p{Lu})[\p{L}-]+)\s+(?:military\s+|air\s+|naval\s+|army\s+)?base\b"#)
    /// What may stand between a base and where it is: " in ", " at the ".
    private static let baseIn = pattern(#"^\s+(?:in|at|near)\s+(?:the\s+)?(?:(?-i:\p{Ll})+\s+)?(?:city\s+of\s+)?$"#)

    /// ", its close ally" after a state.
    private static let itsAllyAfter = pattern(#"^,\s+its\s+(?:[\p{L}-]+\s+){0,2}ally\b"#)
    /// "its close ally " before a state.
    private static let itsAllyBefore = pattern(#"\bits\s+(?:[\p{L}-]+\s+){0,2}ally\s+$"#)

    /// "The Andean Group, co-chaired by Peru, Chile and Bolivia": each chair is a
    /// member of the body named right before.
    private func chairedBy(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        let ns = UTF16Text(sentence.text)
        guard let at = Self.firstRange(Self.chairedByTrigger, sentence.text),
              let body = mentions.last(where: { $0.type == .organization && NSMaxRange($0.range) <= at.location }),
              at.location - NSMaxRange(body.range) <= 2 else { return }
        let states = mentions.filter { $0.type == .state && $0.range.location >= NSMaxRange(at) }
        guard let first = states.first, first.range.location - NSMaxRange(at) <= 5 else { return }
        for member in coordinatedGroup(startingWith: states, in: ns) { article.relate(.memberOf, member, body.id, sentence: sentence) }
    }

    /// ", co-chaired by", "chaired by".
    private static let chairedByTrigger = pattern(#",?\s+(?:co-?)?chaired\s+by\b"#)

    /// Words that deny the mediation after them: "without a", "with no".
    private static let withoutMediation = pattern(#"\b(?:without|no)\s+(?:(?:a|an|any|third-party|outside|foreign|international)\s+)*$"#)

    /// A destination that points back at a region: "to the region", "to the enclave".
    private static let toTheRegion = pattern(#"\bto\s+the\s+(?:region|territory|enclave|exclave|area)\b"#)

    /// "Russia ..., being the co-chair of the OSCE Minsk Group", "Nigeria, which chairs ECOWAS".
    private func memberships(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        if sentence.has(["by"]) { chairedBy(sentence, mentions, into: article) }
        guard let at = Self.firstRange(Self.memberTrigger, sentence.text) else { return }
        // "A remained a member of the organization": the body the article named last.
        if Self.matches(Self.bodyByNoun, UTF16Text(sentence.text).substring(from: NSMaxRange(at)), anchored: true),
           let body = article.latest(.organization, upTo: sentence), let member = stateReferences(sentence, mentions, into: article).last(where: { $0.location < at.location }) {
            article.relate(.memberOf, member.id, body, sentence: sentence)
            return
        }
        guard let first = mentions.first(where: { $0.type == .organization && $0.range.location >= NSMaxRange(at) }) else { return }
        // "Nigeria, which chairs ECOWAS": the verb takes the body right after it.
        if !UTF16Text(sentence.text).substring(with: at).lowercased().hasSuffix("of"), first.range.location - NSMaxRange(at) > " the ".utf16.count { return }
        // "the OSCE (...) Minsk Group": the body is the last organization of the phrase.
        let ns = UTF16Text(sentence.text)
        let organizations = mentions.filter { $0.type == .organization && $0.range.location >= first.range.location }
        // "members of the CIS and the SCO": bodies joined by "and" are each one.
        let joined = coordinatedGroup(startingWith: organizations, in: ns)
        let bodies = joined.count > 1 ? joined : [(organizations.last { $0.range.location - NSMaxRange(first.range) < 80 } ?? first).id]
        let states = stateReferences(sentence, mentions, into: article).filter { $0.location < at.location }
        var members: [EntityID]
        if let last = states.last {
            // "Chinese Foreign Minister X, also a member of the Political Bureau": the
            // member is the person, whose state stands before.
            if mentions.contains(where: { $0.type == .person && $0.range.location > last.location && NSMaxRange($0.range) <= at.location }) { return }
            // "A and B are both members of": every state joined to the last one.
            let named = mentions.filter { $0.type == .state && NSMaxRange($0.range) <= at.location }
            members = named.last?.range.location == last.location ? coordinatedGroup(endingWith: named, in: ns) : [last.id]
        } else if Self.matches(Self.twoStates, ns.substring(to: at.location)) {
            // "Both countries are members of": the two states named last.
            members = article.lastTwoStates(before: sentence)
        } else {
            return
        }
        for member in members { for body in bodies { article.relate(.memberOf, member, body, sentence: sentence) } }
    }

    /// "Tigray, ..., a region recognised as part of Ethiopia".
    private func partOf(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        guard let at = Self.firstRange(Self.partOfTrigger, sentence.text),
              let whole = mentions.first(where: { $0.type == .state && $0.range.location >= NSMaxRange(at) }),
              // "as part of a regional tour, Chile's agency said" is no territory's.
              Self.matches(Self.partOfGap, UTF16Text(sentence.text).substring(with: NSRange(location: NSMaxRange(at), length: whole.range.location - NSMaxRange(at)))),
              let part = mentions.last(where: { [.region, .place].contains($0.type) && $0.range.location < at.location }) else { return }
        article.relate(.partOf, part.id, whole.id, sentence: sentence)
    }

    /// "the Asian Affairs Department of China's foreign ministry": a body named
    /// right before "of" and another body is part of it.
    private func bodiesOfBodies(_ sentence: Sentence, _ mentions: Located, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        for (part, whole) in zip(mentions, mentions.dropFirst()) where part.type == .organization && whole.type == .organization && part.id != whole.id {
            let gapStart = NSMaxRange(part.range), gapLength = whole.range.location - NSMaxRange(part.range)
            guard gapLength == 4 || gapLength == 8, [" of ", " of the "].contains(text.substring(with: NSRange(location: gapStart, length: gapLength))) else { continue }
            article.relate(.partOf, part.id, whole.id, sentence: sentence)
        }
    }

    // MARK: - Helpers

    /// The person "he" or "she" before a point stands for: the sentence's first
    /// person when one is named before the pronoun ("Ruto said he would visit"),
    /// else the subject of the sentences before ("... Kishida. He will travel").
    func pronounSubject(_ sentence: Sentence, _ mentions: Located, before utf16Offset: Int, article: ArticleState) -> EntityID? {
        let text = UTF16Text(sentence.text)
        guard sentence.has(["he", "she"]), let pronoun = Self.firstRange(Self.personPronoun, text.substring(to: utf16Offset)) else { return nil }
        if let first = mentions.first(where: { $0.type == .person && $0.range.location < pronoun.location }) { return first.id }
        return article.subject(before: sentence)
    }

    /// The subject of a sentence, up to a point: the first person named, or the one
    /// a "he" or "she" before that name stands for (`subjects(before:)` are those
    /// right before a verb instead).
    func sentenceSubject(before utf16Offset: Int, _ sentence: Sentence, _ mentions: Located, article: ArticleState) -> EntityID? {
        let first = mentions.first { $0.type == .person && $0.range.location < utf16Offset }
        if sentence.has(["he", "she"]), let pronoun = Self.firstRange(Self.personPronoun, UTF16Text(sentence.text).substring(to: utf16Offset)),
           first.map({ pronoun.location < $0.range.location }) ?? true {
            return article.subject(before: sentence)
        }
        return first?.id
    }

    /// Where a negation starts and where the "but" after it ends, when the text
    /// after that "but" denies nothing: "did not meet A but held talks with B".
    static func butAfterNegation(in text: String) -> (negation: Int, end: Int)? {
        let range = NSRange(location: 0, length: text.utf16.count)
        guard let denial = negation.firstMatch(in: text, range: range)?.range,
              let but = butWord.firstMatch(in: text, range: NSRange(location: NSMaxRange(denial), length: range.length - NSMaxRange(denial)))?.range,
              negation.firstMatch(in: text, range: NSRange(location: NSMaxRange(but), length: range.length - NSMaxRange(but))) == nil else { return nil }
        return (denial.location, NSMaxRange(but))
    }

    private static let butWord = pattern(#"\bbut\s+"#)

    /// True when the sentence denies an event: "did not meet", "never visited",
    /// "held no talks".
    func isNegated(_ sentence: Sentence) -> Bool {
        sentence.has(["not", "didn", "doesn", "won", "wouldn", "never", "refused", "declined", "failed", "no"]) && Self.matches(Self.negation, sentence.text)
    }

    /// `planned` when the words before an event's trigger announce it ("will
    /// visit", "will travel to", "is expected to hold talks").
    func planned(_ sentence: Sentence, before trigger: NSRange) -> EventStatus? {
        let text = UTF16Text(sentence.text)
        let before = text.substring(to: trigger.location)
        // A trigger may hold its own modal: "will be hosted by", also after the
        // space or comma that opens it (", will be co-chaired by").
        let opening = String(text.substring(with: NSRange(location: trigger.location, length: min(trigger.length, 8))).lowercased().drop { $0 == " " || $0 == "," })
        // So may a passive's: "was due to be received by".
        let due = trigger.length > 12 && [" due to ", " expected to ", " scheduled to ", " set to "].contains(where: text.substring(with: trigger).lowercased().holds)
        // The words the patterns of a future below need.
        let future = sentence.has(["will", "shall"]) || sentence.has(["is", "are"]) && sentence.has(["to"])
        return Attribution.isPlanned(before: before) || opening.hasPrefix("will ") || opening.hasPrefix("is to ") || due
            || sentence.index == 0 && Attribution.isHeadlineFuture(before: before)
            || sentence.has(["ahead"]) && Self.matches(Self.aheadOf, before)
            || sentence.has(prefix: ["preparation"]) && Self.matches(Self.preparationsFor, before)
            || Attribution.isPresentAhead(sentence, trigger: text.substring(with: trigger), before: before)
            // "The talks will take place on Friday, followed by a meeting of": what
            // follows an event to come is to come too.
            || sentence.has(["followed"]) && Self.matches(Self.followedBy, before) && Self.matches(Self.futureVerb, before)
            // "will also address parliament and visit Benguela": a second verb of
            // the same future, in its plain form.
            || sentence.has(["and"]) && Self.matches(Self.futureBeforeAnd, before) && !Self.isPastForm(text.substring(with: trigger))
            // "will address Congress and then join a trilateral summit with": so is a
            // noun after that second verb.
            || future && sentence.has(["and"]) && Self.matches(Self.futureVerbAfterAnd, before)
            // "will fly to Port Moresby next week to sign": the purpose of a journey to come.
            || sentence.has(["to"]) && Self.matches(Self.futureJourneyPurpose, before)
            // "is expected to attend, his first visit to China": a noun set beside a
            // clause to come.
            || future && sentence.has(["his", "her", "their", "its"]) && Self.matches(Self.futureThenApposition, before) ? .planned : nil
    }

    /// A clause to come, a comma and the start of a noun phrase set beside it,
    /// right before the phrase's noun: "will travel to Lima on Monday, his first".
    static let futureThenApposition = pattern(#"\b(?:will|shall|(?:is|are)\s+(?:also\s+)?(?:due\s+|expected\s+|scheduled\s+|set\s+|likely\s+)?to)\s+(?!(?:have|be)\b)[^,.;:]{1,80},\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}$"#)

    /// A journey to come and "to", right before the verb of its purpose: "will fly
    /// to Port Moresby next week to".
    static let futureJourneyPurpose = pattern(#"\b(?:will|shall|(?:is|are)\s+(?:due\s+|expected\s+|scheduled\s+|set\s+)?to)\s+(?:also\s+|then\s+)?(?:travel|fly|go|head|leave|come|visit|return)\b[^,.;:]{0,80}?\s+to\s+$"#)

    /// A future verb phrase and "and", right before a second verb that shares its
    /// modal: "will also address the assembly and".
    static let futureBeforeAnd = pattern(#"\b(?:will|shall|(?:is|are)\s+(?:due\s+|expected\s+|scheduled\s+|set\s+)?to)\s+(?!(?:have|be)\b)(?:also\s+)?\p{Ll}+\b[^,.;:]{0,80}?\s+and\s+(?:also\s+|then\s+)?$"#)

    /// A future verb phrase, "and", a second verb in its plain form and the start of
    /// its object: "will address Congress and then join a trilateral ".
    static let futureVerbAfterAnd = pattern(#"\b(?:will|shall|(?:is|are)\s+(?:due\s+|expected\s+|scheduled\s+|set\s+)?to)\s+(?!(?:have|be)\b)(?:also\s+)?\p{Ll}+\b[^,.;:]{0,80}?\s+and\s+(?:also\s+|then\s+)?(?!(?:\p{L}+ed|"# + irregularPasts.joined(separator: "|") + #")\b)(?-i:\p{Ll}+)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$"#)
    /// The past forms of verbs of events that do not end in "ed".
    static let irregularPasts = ["met", "held", "spoke", "took", "paid", "made", "had", "sat", "gave", "flew", "went", "came", "bade", "shook"]

    /// True when a trigger opens with a verb's past form: "visited", "met".
    static func isPastForm(_ trigger: String) -> Bool {
        let first = trigger.prefix { $0.isLetter }.lowercased()
        return first.hasSuffix("ed") || irregularPasts.contains(first)
    }

    /// ", followed by a", right before the noun of what follows an event.
    static let followedBy = pattern(#",\s+(?:to\s+be\s+)?followed\s+by\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$"#)
    /// A verb of the future: "will", "is due to", "are expected to".
    static let futureVerb = pattern(#"\b(?:will|(?:is|are)\s+(?:due\s+|expected\s+|scheduled\s+|set\s+)?to)\s+(?!(?:have\s+been)\b)"#)

    /// "preparations for the visit", "preparations for Chinese President Xi
    /// Jinping's visit": right before the noun of an event being prepared.
    static let preparationsFor = pattern(#"\bpreparations?\s+for\s+(?:(?:the|a|an|his|her|their|its)\s+|(?:(?-i:\p{Lu})[\p{L}.-]*\s+){0,5}(?-i:\p{Lu})[\p{L}.-]*['’]s\s+)(?:[\p{L}-]+\s+){0,2}$"#)

    /// "ahead of a trilateral meeting with", "ahead of his visit to": right before
    /// the noun of an event yet to come.
    static let aheadOf = pattern(#"\bahead\s+of\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\p{L}-]+\s+){0,2}$"#)

    /// True when the words before an event's trigger only offer, wish or ask for
    /// it: "ready to meet", "whether to meet", "invited him to visit".
    func unreal(_ sentence: Sentence, before trigger: NSRange) -> Bool {
        Attribution.isUnreal(before: UTF16Text(sentence.text).substring(to: trigger.location))
    }

    static func firstRange(_ regex: NSRegularExpression, _ text: String) -> NSRange? {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count))?.range
    }

    static func lastRange(_ regex: NSRegularExpression, _ text: String) -> NSRange? {
        regex.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)).last?.range
    }

    func unique(_ ids: [EntityID]) -> [EntityID] {
        var seen: Set<EntityID> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
