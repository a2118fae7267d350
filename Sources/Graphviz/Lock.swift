import Foundation

/// The one lock every cgraph and gvc call in the process goes through.
///
/// Graphviz keeps global state (its error buffer, string dictionaries, plugin
/// tables, layout scratch memory): two threads inside it at once crash the process,
/// even with separate contexts. The lock is recursive because a handle's `deinit`
/// may run while the lock is already held.
enum GraphvizLock {
    private static let lock = NSRecursiveLock()

    static func run<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
