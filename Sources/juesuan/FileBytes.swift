import FoundationEssentials
import Glibc

/// The bytes of an open regular file, read into memory that the kernel maps in one call (`MAP_POPULATE`).
///
/// A PDF read into freshly allocated memory takes a page fault on each 4 KiB page as the kernel copies into it
/// (some 900 for a 3.6 MB book), which costs more CPU than the copy. Nil when the file is no regular file, has
/// grown while read, or anything fails: the caller then reads it as it always has, and reports what fails.
enum FileBytes {
    static func read(_ descriptor: Int32) -> Data? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else {
            return nil
        }
        let size = Int(status.st_size)
        let memory = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0)
        guard let memory, memory != MAP_FAILED else { return nil }
        guard filled(memory, size: size, from: descriptor) else {
            munmap(memory, size)
            return nil
        }
        return Data(bytesNoCopy: memory, count: size, deallocator: .custom { munmap($0, $1) })
    }

    /// Reads the file's `size` bytes from its start into `memory`; false on an error, or when the file holds
    /// more or fewer bytes than `size`.
    private static func filled(_ memory: UnsafeMutableRawPointer, size: Int, from descriptor: Int32) -> Bool {
        var done = 0
        while done < size {
            let count = pread(descriptor, memory + done, size - done, off_t(done))
            if count > 0 {
                done += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        var more: UInt8 = 0
        return pread(descriptor, &more, 1, off_t(size)) == 0
    }
}
