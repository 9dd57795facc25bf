extension Lexicon {
    /// The cue-word families, lower case, with straight apostrophes (curly ones are folded when
    /// scanning). Contractions are listed with and without the apostrophe, as people type both.
    static let wordLists: [(WordClass, [String])] = [
        // MARK: demand
        (.value, [
            "refund", "refunds", "refunded", "refunding", "discount", "discounts", "discounted",
            "comp", "comped", "comps", "comping", "compd", "free", "freebie", "freebies",
            "complimentary", "gift", "giftcard", "giftcards", "voucher", "vouchers", "coupon",
            "coupons", "credit", "credits", "upgrade", "upgrades", "upgraded", "pay", "payment",
            "compensation", "compensate", "compensated", "reimburse", "reimbursed",
            "reimbursement", "cash", "cashback", "rebate", "money", "dollars", "bucks", "euros",
            "quid", "reward", "waive", "waived", "giveaway", "payout", "paypal", "venmo", "zelle",
            "deposit", "deposits", "reimbursements", "refunds", "comps", "vouchers",
            "compensates", "reimburses", "pays", "paying", "goodwill", "cost", "costs",
            "overcharge", "overcharges",
        ]),
        (.reviewObject, [
            "review", "reviews", "rating", "ratings", "star", "stars", "feedback", "comment", "post",
            "comments", "testimonial", "score", "1star", "5star", "onestar", "experience", "story", "retraction", "retractions", "takedown",
        ]),
        (.platform, [
            "yelp", "google", "tripadvisor", "advisor", "facebook", "fb", "trustpilot", "instagram",
            "insta", "twitter", "tiktok", "reddit", "youtube", "linkedin", "nextdoor", "opentable",
            "zomato", "expedia", "airbnb", "online", "internet", "web", "website", "websites",
            "site", "sites", "socials", "social", "everywhere", "forum", "forums", "blog", "threads",
            "bbb", "glassdoor", "foursquare", "whatsapp", "platform", "platforms", "public",
            "publicly", "press", "papers", "newspaper", "newspapers", "news", "tv", "media",
            "viral", "channels", "paper", "radio",
        ]),
        (.audience, [
            "everyone", "everybody", "world", "people", "public", "publicly", "friends", "followers",
            "family", "neighbors", "neighbours", "community", "coworkers", "colleagues", "customers",
            "anyone", "town",
        ]),
        (.exposure, [
            "hear", "know", "find", "learn", "see", "read", "aware", "hearing", "knowing", "knows",
            "hears", "finds", "sees", "reads", "learns", "seen", "heard", "known",
        ]),
        (.future, [
            "will", "i'll", "ill", "we'll", "you'll", "they'll", "it'll", "he'll", "she'll",
            "everyone'll", "won't", "wont", "gonna", "shall", "would", "i'd", "we'd", "going",
            "i'm", "im", "am", "we're", "be", "plan", "planning", "intend", "about", "can", "could",
            "id", "wed",
        ]),
        (.firstPerson, [
            "i", "we", "i'm", "im", "i'll", "ill", "i'd", "id", "i've", "ive", "we're", "we'll", "we'd",
            "we've", "me", "us", "my", "our", "myself",
        ]),
        (.negator, [
            "not", "no", "never", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't",
            "wont", "can't", "cant", "cannot", "isn't", "isnt", "aren't", "arent", "wasn't",
            "wasnt", "weren't", "werent", "haven't", "havent", "hasn't", "hasnt", "hadn't",
            "hadnt", "wouldn't", "wouldnt", "couldn't", "couldnt", "shouldn't", "shouldnt", "nor",
            "without", "fail", "fails", "refuse", "refuses", "refused", "nothing",
        ]),
        (.request, [
            "give", "gives", "send", "get", "receive", "offer", "offers", "provide", "issue",
            "want", "need", "expect", "demand", "demanding", "deserve", "owe", "owed", "grant",
            "hand", "require", "request", "requesting", "like", "comp", "receiving",
            "getting", "given",
            "refund", "credit", "reimburse", "compensate", "pay", "see", "sees", "seeing",
            "take", "knock", // "take 20% off", "knock something off the bill"
        ]),
        (.imperative, [
            "refund", "give", "send", "comp", "pay", "credit", "reimburse", "compensate", "offer",
            "make", "get", "fix", "provide", "upgrade", "waive", "cover", "hand", "transfer",
            "knock", "sort", "replace", "return", "honor", "honour", "resolve", "take",
        ]),
        (.badRating, [
            "bad", "negative", "one", "zero", "1", "0", "terrible", "scathing", "nasty", "poor",
            "low", "horrible", "awful", "honest", "worst",
        ]),

        (.contrast, [
            "but", "yet", "though", "although", "however", "still", "heard", "hear", "apparently",
            "friend", "friends", "reviews", "looks", "seems", "obviously", "clearly", "tell",
            "know", "sure", "judging", "based",
        ]),
        (.reported, [
            "said", "say", "says", "claim", "claims", "claimed", "insist", "insists", "insisted",
            "told", "tells", "according", "accused", "accuse", "pretend", "pretended", "thinks",
            "think", "assumed", "acted", "lied", "saying", "claiming",
        ]),
        (.pastForm, [
            "was", "were", "had", "got", "went", "came", "ate", "took", "paid", "left", "sat", "gave",
            "bought", "saw", "found", "made", "felt", "said", "told",
        ]),
        (.hearsay, [
            "friend", "friends", "friend's", "mate", "mates", "mate's", "pal", "buddy", "cousin",
            "cousins", "cousin's", "neighbour", "neighbours", "neighbor", "neighbors",
            "neighbour's", "neighbor's", "colleague", "colleagues", "coworker", "coworkers",
            "workmate", "acquaintance", "someone", "somebody", "aunt", "uncle", "heard",
        ]),
        (.person, [
            "staff", "staffer", "staffers", "employee", "employees", "worker", "workers", "owner",
            "owners", "manager", "managers", "management", "waiter", "waiters", "waitress",
            "waitresses", "server", "servers", "chef", "chefs", "cook", "cooks", "cashier",
            "cashiers", "clerk", "clerks", "receptionist", "receptionists", "bartender",
            "bartenders", "barista", "baristas", "host", "hostess", "guy", "guys", "girl", "girls",
            "woman", "women", "man", "men", "lady", "ladies", "dude", "dudes", "people", "folks",
            "team", "crew", "driver", "drivers", "mechanic", "mechanics", "technician",
            "technicians", "doctor", "doctors", "dentist", "nurse", "nurses", "pharmacist",
            "pharmacists", "agent", "agents", "rep", "reps", "representative", "he", "she", "they",
            "them", "you", "you're", "youre", "your", "u", "ur", "ya", "y'all", "yall", "everyone",
            "everybody", "whoever", "person", "persons", "boss", "security", "bouncer", "bouncers",
            "landlord", "landlady", "seller", "sellers", "salesman", "salesmen", "saleswoman",
            "salesperson", "salespeople", "associate", "associates", "he's",
            "she's", "they're", "theyre", "hes", "shes", "him", "her", "who", "employer",
            "supervisor", "supervisors", "administrator", "admin", "concierge", "valet", "porter",
            "housekeeper", "housekeeping", "attendant", "attendants", "operator", "operators",
            "stylist", "barber", "therapist", "vet", "surgeon", "receptionist's", "staff's",
            "owner's", "manager's",
            "whoever's", "lot", "bunch", "pack", "gang", "band", "den",
        ]),

        // MARK: specific detail
        (.month, [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec",
        ]),
        (.weekday, [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
            "tues", "wed", "thurs", "fri", "sat", "sun",
        ]),
        (.relativeDay, ["yesterday", "tonight", "today"]),
        (.idNoun, [
            "order", "booking", "reservation", "receipt", "invoice", "ticket", "confirmation",
            "ref", "reference", "case", "claim", "transaction", "table", "room", "account",
            "tracking", "pnr", "flight", "ord", "case", "ticket", "work", "docket", "membership",
        ]),
        (.role, [
            "waiter", "waitress", "server", "manager", "host", "hostess", "bartender",
            "receptionist", "cashier", "chef", "driver", "technician", "tech", "mechanic", "agent",
            "rep", "nurse", "doctor", "dr", "dentist", "stylist", "barber", "clerk", "guy", "lady",
            "girl", "woman", "man", "owner", "concierge", "valet", "named", "called", "barista",
            "therapist", "supervisor", "associate", "representative", "salesman", "saleswoman",
            "pharmacist", "cook", "employee", "staffer", "porter", "housekeeper", "attendant",
        ]),
        (.notName, [
            "the", "a", "an", "i", "he", "she", "we", "they", "it", "and", "but", "or", "so",
            "this", "that", "then", "who", "which", "was", "is", "were", "did", "had", "has",
            "not", "never", "no", "yes", "very", "my", "our", "your", "his", "her", "their", "at",
            "in", "on", "of", "to", "for", "with", "when", "after", "before", "there", "here",
            "what", "why", "how", "if", "also", "just", "even", "still", "really", "absolutely",
            "totally", "you", "me", "us", "them", "him", "be", "been", "am", "are", "as", "all",
            "some", "any", "one", "please", "thanks", "thank", "sorry", "ok", "okay", "well",
            "again", "only", "ever", "finally", "then", "later", "first", "great", "good", "bad",
            "nice", "rude", "lovely", "terrible", "awful", "horrible", "friendly", "super",
            "extremely", "completely", "worst", "best", "would", "could", "should", "will",
            "can", "cannot", "im", "i'm", "i'd", "i'll", "i've", "it's", "its", "don't", "didn't",
            "wasn't", "came", "come", "said", "told", "asked", "brought", "gave", "took", "kept",
            "seemed", "refused", "ignored", "forgot", "seated", "served", "appeared", "arrived",
            "walked", "left", "went", "got", "made", "let", "looked", "acted", "answered",
            "called", "named", "from", "by", "about", "like", "because", "since", "while",
            "though", "although", "until", "once", "we're", "they're", "you're", "she's", "he's",
            "unless", "otherwise", "no", "nobody", "everyone", "someone", "anyone", "manager",
            "waiter", "waitress", "server", "owner", "staff", "google", "yelp", "facebook",
            "tripadvisor", "trustpilot",
        ]),
    ]
}
