/// A unified diff of two texts, line by line, for transcript mismatches.
public enum UnifiedDiff {
    /// The diff in unified format with file names and line numbers; empty when the texts match.
    public static func diff(expected: [String], actual: [String], name: String, context: Int = 3) -> String {
        if expected == actual { return "" }
        let n = expected.count, m = actual.count
        // Longest common subsequence table, from the end.
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        enum Op { case same(Int, Int), removed(Int), added(Int) }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] { ops.append(.same(i, j)); i += 1; j += 1 }
            else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] { ops.append(.removed(i)); i += 1 }
            else { ops.append(.added(j)); j += 1 }
        }
        // How many old and new lines come before each operation, for the hunk headers.
        var oldBefore: [Int] = [], newBefore: [Int] = []
        var old = 0, new = 0
        for op in ops {
            oldBefore.append(old)
            newBefore.append(new)
            switch op {
            case .same: old += 1; new += 1
            case .removed: old += 1
            case .added: new += 1
            }
        }
        let changed = ops.indices.filter { if case .same = ops[$0] { false } else { true } }
        var out = "--- \(name) (expected)\n+++ \(name) (actual)\n"
        var start = 0
        while start < changed.count {
            var end = start
            while end + 1 < changed.count, changed[end + 1] - changed[end] <= 2 * context { end += 1 }
            let lo = max(0, changed[start] - context), hi = min(ops.count - 1, changed[end] + context)
            var oldCount = 0, newCount = 0, lines: [String] = []
            for k in lo...hi {
                switch ops[k] {
                case let .same(a, _): lines.append(" " + expected[a]); oldCount += 1; newCount += 1
                case let .removed(a): lines.append("-" + expected[a]); oldCount += 1
                case let .added(b): lines.append("+" + actual[b]); newCount += 1
                }
            }
            out += "@@ -\(oldBefore[lo] + 1),\(oldCount) +\(newBefore[lo] + 1),\(newCount) @@\n"
            out += lines.joined(separator: "\n") + "\n"
            start = end + 1
        }
        return out
    }
}
