import FoundationEssentials
import Glibc

/// The bytes of an open regular file, read into memory that the kernel maps in one call.
///
/// A PDF read into freshly allocated memory takes a page fault on each 4 KiB page as the kernel copies into it
/// (some 900 for a 3.6 MB book), which costs more CPU than the copy. So the memory is populated before the
/// read, and a file of a huge page or more goes into transparent huge pages where the kernel offers them
/// (`madvise`): two faults for that book instead of 900, a quarter of the CPU. Nil when the file is no regular
/// file, has grown while read, or anything fails: the caller then reads it as it always has, and reports what
/// fails.
enum FileBytes {
    /// The size of a transparent huge page on x86-64 and on arm64 with 4 KiB pages. Elsewhere the advice is
    /// moot and the memory is populated in ordinary pages.
    static let hugePageSize = 2 << 20

    static func read(_ descriptor: Int32) -> Data? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else {
            return nil
        }
        let size = Int(status.st_size)
        guard let region = Region(size: size) else { return nil }
        guard filled(region.start, size: size, from: descriptor) else {
            region.release()
            return nil
        }
        return Data(bytesNoCopy: region.start, count: size, deallocator: .custom { _, _ in region.release() })
    }

    /// Anonymous memory for `size` bytes, populated: at a huge-page boundary, advised as huge pages, when
    /// `size` fills one.
    struct Region: @unchecked Sendable {
        let mapping: UnsafeMutableRawPointer
        let length: Int
        let start: UnsafeMutableRawPointer

        init?(size: Int) {
            let huge = size >= FileBytes.hugePageSize
            let length = huge ? size + FileBytes.hugePageSize : size
            let flags = MAP_PRIVATE | MAP_ANONYMOUS | (huge ? 0 : MAP_POPULATE)
            guard let mapping = mmap(nil, length, PROT_READ | PROT_WRITE, flags, -1, 0), mapping != MAP_FAILED
            else { return nil }
            self.mapping = mapping
            self.length = length
            guard huge else {
                start = mapping
                return
            }
            let aligned = (Int(bitPattern: mapping) + FileBytes.hugePageSize - 1) & ~(FileBytes.hugePageSize - 1)
            start = UnsafeMutableRawPointer(bitPattern: aligned)!
            _ = madvise(start, size, MADV_HUGEPAGE)
            _ = madvise(start, size, MADV_POPULATE_WRITE)  // before Linux 5.14: EINVAL, and the read faults them in
        }

        func release() { munmap(mapping, length) }
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
