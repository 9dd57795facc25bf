import CoachCore

/// Maps one line of `classify` input to its one line of output. Pure: no I/O.
public struct BatchClassifier: Sendable {
    public let catalog: PromptCatalog
    public let limits: Limits
    private let renderer: EventRenderer

    public init(catalog: PromptCatalog, limits: Limits = Limits()) {
        self.catalog = catalog
        self.limits = limits
        self.renderer = EventRenderer(catalog: catalog)
    }

    /// The outcome of one line.
    public enum Outcome: Sendable, Equatable {
        /// The line was blank and gives no output.
        case skipped
        case classified(ClassifyResponse)
        case failed(ClassifyErrorLine)

        /// Whether the line failed.
        public var failed: Bool {
            if case .failed = self { return true }
            return false
        }
    }

    /// Whether a line holds only whitespace (blank lines are skipped).
    public static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }

    /// Classifies one line (without its newline); `number` is its 1-based line number.
    public func classify(line: UnsafeBufferPointer<UInt8>, number: Int) -> Outcome {
        var cache = ResponseCache(capacity: 0)
        return classify(line: line, number: number, cache: &cache)
    }

    /// Classifies one line, reusing responses from `cache` for reviews with the same facts and signals.
    public func classify(line: UnsafeBufferPointer<UInt8>, number: Int, cache: inout ResponseCache) -> Outcome {
        if Self.isBlank(line) { return .skipped }
        do {
            let request = try ClassifyRequest.parse(line, limits: limits)
            let signals = SignalDetector.detect(in: request.review)
            return .classified(cache.response(for: request, signals: signals) {
                respond(to: request, signals: signals)
            })
        } catch {
            return .failed(ClassifyErrorLine(id: error.id, line: number, error: error.message))
        }
    }

    /// Classifies one line given as text.
    public func classify(line: String, number: Int) -> Outcome {
        var line = line
        return line.withUTF8 { classify(line: $0, number: number) }
    }

    /// The response for a parsed request: signals from the text, the owner's facts, default reply details.
    public func respond(to request: ClassifyRequest) -> ClassifyResponse {
        respond(to: request, signals: SignalDetector.detect(in: request.review))
    }

    private func respond(to request: ClassifyRequest, signals: [Signal]) -> ClassifyResponse {
        ClassifyResponse(id: request.id, assessment: assess(request, signals: signals), renderer: renderer)
    }

    /// The assessment for a parsed request.
    public func assess(_ request: ClassifyRequest) -> Assessment {
        assess(request, signals: SignalDetector.detect(in: request.review))
    }

    private func assess(_ request: ClassifyRequest, signals: [Signal]) -> Assessment {
        Assessment(signals: signals, owner: request.owner, details: ReplyDetails(), catalog: catalog)
    }

    /// The output line for a line that is too long to read (its id cannot be known).
    public func lineTooLong(number: Int, maxBytes: Int) -> Outcome {
        .failed(ClassifyErrorLine(
            id: nil, line: number,
            error: "the line is longer than \(maxBytes) bytes, so it was not read; a review may hold at most \(limits.reviewBytes) bytes: shorten it or split it"
        ))
    }
}
