import CCmarkGFM
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The memory functions handed to cmark. `counting` keeps a live-allocation count so tests can
/// prove that every tree, parser and rendered buffer is freed.
enum CmarkAllocator {
    case system
    case counting

    /// Allocations made through `counting` and not yet freed.
    static var liveCountingAllocations: Int { liveAllocations.load(ordering: .relaxed) }

    var memory: UnsafeMutablePointer<cmark_mem> {
        switch self {
        case .system: cmark_get_default_mem_allocator()
        case .counting: countingMemory
        }
    }
}

private let liveAllocations = Atomic<Int>(0)

nonisolated(unsafe) private let countingMemory: UnsafeMutablePointer<cmark_mem> = {
    let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
    memory.initialize(
        to: cmark_mem(
            calloc: { count, size in
                liveAllocations.add(1, ordering: .relaxed)
                return calloc(count, size)
            },
            realloc: { pointer, size in
                if pointer == nil { liveAllocations.add(1, ordering: .relaxed) }
                return realloc(pointer, size)
            },
            free: { pointer in
                if pointer != nil { liveAllocations.subtract(1, ordering: .relaxed) }
                free(pointer)
            }
        )
    )
    return memory
}()
