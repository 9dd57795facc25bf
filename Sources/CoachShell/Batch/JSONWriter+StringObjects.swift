/// Objects whose members are all strings, the shape every batch output uses for its records
/// (a fact's `value` and `source`, a signal's `kind` and `text`, a finding's `code`, `text`
/// and `advice`).
extension JSONWriter {
    /// Writes `{"name":"value",...}` with the members in the order given.
    public mutating func stringObject(_ members: KeyValuePairs<String, String>) {
        beginObject()
        for (name, value) in members {
            key(name)
            string(value)
        }
        endObject()
    }

    /// Writes an array holding one string object per element, in order.
    public mutating func stringObjects<Element>(
        _ elements: [Element], members: (Element) -> KeyValuePairs<String, String>
    ) {
        beginArray()
        for element in elements { stringObject(members(element)) }
        endArray()
    }
}
