import Dispatch
import Model
import Render
import Workers

/// The search index filled batch by batch on a queue of its own while the next batch renders:
/// adding a batch's terms left every core waiting for a tenth of a large build. Batches go in
/// in the order they are given, so the index is the one a build filling it in place makes.
final class BackgroundIndex: @unchecked Sendable {
    private var index: SearchIndex
    private let queue = DispatchQueue(label: "libro.indice-de-busqueda")
    /// The build's thread count: a task-local, which work sent to a queue would not see.
    private let workers = Parallel.workers

    init(_ index: SearchIndex) {
        self.index = index
    }

    func add(_ pages: [RenderedPage]) {
        // A build asked to use one thread runs nothing beside its rendering.
        guard workers != 1 else { return index.add(pages) }
        queue.async { [workers] in
            Parallel.$workers.withValue(workers) { self.index.add(pages) }
        }
    }

    /// The index once every batch is in.
    func finished() -> SearchIndex {
        queue.sync { index }
    }
}
