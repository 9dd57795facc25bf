/// What the owner has said about the four facts; `nil` means not asked or not answered yet.
/// An answer of `unsure` is kept, but it lets the text decide (see `ResolvedFacts`).
public struct OwnerFacts: Sendable, Equatable {
    public var customerFound: YesNoUnsure?
    public var ourFault: FaultAnswer?
    public var demand: YesNoUnsure?
    public var abusive: YesNoUnsure?

    public init(
        customerFound: YesNoUnsure? = nil, ourFault: FaultAnswer? = nil,
        demand: YesNoUnsure? = nil, abusive: YesNoUnsure? = nil
    ) {
        self.customerFound = customerFound
        self.ourFault = ourFault
        self.demand = demand
        self.abusive = abusive
    }

    /// Records the owner's answer to a fact from its contract word; false when the word is not
    /// one the fact accepts (nothing changes then).
    public mutating func record(_ word: String, for fact: FactName) -> Bool {
        switch fact {
        case .customerFound: Self.set(&customerFound, word)
        case .ourFault: Self.set(&ourFault, word)
        case .demand: Self.set(&demand, word)
        case .abusive: Self.set(&abusive, word)
        }
    }

    private static func set<A: RawRepresentable>(_ slot: inout A?, _ word: String) -> Bool where A.RawValue == String {
        guard let value = A(rawValue: word) else { return false }
        slot = value
        return true
    }
}

/// What the review text implies about the facts, derived from the text signals.
/// Only the implications the rules allow exist: the text never implies fault.
public struct TextImplications: Sendable, Equatable {
    public var customerFoundNo: Bool
    public var demandYes: Bool
    public var abusiveYes: Bool

    public init(customerFoundNo: Bool = false, demandYes: Bool = false, abusiveYes: Bool = false) {
        self.customerFoundNo = customerFoundNo
        self.demandYes = demandYes
        self.abusiveYes = abusiveYes
    }

    /// The implications of a set of signals: demand from a conditional demand, "never a customer"
    /// from a never-a-customer statement, spam, a conflict of interest, a review of another
    /// business or an off-topic one (never from abuse alone), abuse from insults aimed at people.
    public init(signals: [Signal]) {
        let kinds = Set(signals.map(\.kind))
        self.init(
            customerFoundNo: !kinds.isDisjoint(with: SignalKind.impliesNoCustomer),
            demandYes: kinds.contains(.demand),
            abusiveYes: kinds.contains(.abusive)
        )
    }
}

/// The four facts after applying the precedence rule: the owner's answer unless it is unsure,
/// else the text's implication, else unsure by default.
public struct ResolvedFacts: Sendable, Equatable {
    public var customerFound: Sourced<YesNoUnsure>
    public var ourFault: Sourced<FaultAnswer>
    public var demand: Sourced<YesNoUnsure>
    public var abusive: Sourced<YesNoUnsure>

    public init(
        customerFound: Sourced<YesNoUnsure>, ourFault: Sourced<FaultAnswer>,
        demand: Sourced<YesNoUnsure>, abusive: Sourced<YesNoUnsure>
    ) {
        self.customerFound = customerFound
        self.ourFault = ourFault
        self.demand = demand
        self.abusive = abusive
    }

    public init(owner: OwnerFacts, text: TextImplications) {
        customerFound = Self.resolve(owner.customerFound, implied: text.customerFoundNo ? .no : nil)
        ourFault = Self.resolve(owner.ourFault, implied: nil)
        demand = Self.resolve(owner.demand, implied: text.demandYes ? .yes : nil)
        abusive = Self.resolve(owner.abusive, implied: text.abusiveYes ? .yes : nil)
    }

    private static func resolve<A: RawRepresentable & Sendable & Equatable>(
        _ answer: A?, implied: A?
    ) -> Sourced<A> where A.RawValue == String {
        if let answer, answer.rawValue != "unsure" { return Sourced(answer, from: .owner) }
        if let implied { return Sourced(implied, from: .text) }
        return Sourced(A(rawValue: "unsure")!, from: .default)
    }

    /// The value of one fact as its contract string, with its source.
    public func contractValue(of fact: FactName) -> (value: String, source: FactSource) {
        switch fact {
        case .customerFound: (customerFound.value.rawValue, customerFound.source)
        case .ourFault: (ourFault.value.rawValue, ourFault.source)
        case .demand: (demand.value.rawValue, demand.source)
        case .abusive: (abusive.value.rawValue, abusive.source)
        }
    }
}
