import CSystemCalls
import Glibc

/// A detached POSIX thread running one closure, named as `top -H`, `ps -L` and core dumps show it (at most 15
/// bytes, the kernel's limit). The daemon's workers and its metrics server run on these.
enum NamedThread {
    static func start(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let named: @Sendable () -> Void = {
            _ = String(decoding: name.utf8.prefix(15), as: UTF8.self).withCString {
                cs_prctl(PR_SET_NAME, UInt(bitPattern: $0))
            }
            body()
        }
        let context = Unmanaged.passRetained(Body(named)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(
            &thread, nil,
            { context in
                Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
                return nil
            }, context)
        guard created == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            fatalError("pthread_create for \(name): \(String(cString: strerror(created)))")
        }
        pthread_detach(thread)
    }

    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
