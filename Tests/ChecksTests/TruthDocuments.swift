import Foundation
import Checks
import Records
import TestSupport

/// The ground-truth documents of the public corpus and one budget, copied to `Tests/Fixtures/truth`.
enum TruthDocuments {
    static let names = [
        "liaoning-chaoyang-zhengfuban-2024.calc", "liaoning-chaoyang-zhengfuban-2024.chromium",
        "liaoning-chaoyang-yingshang-2023.calc", "liaoning-chaoyang-yingshang-2023.chromium",
        "liaoning-chaoyang-zuzhibu-2024.calc", "liaoning-chaoyang-zuzhibu-2024.chromium",
        "shanxi-shuozhou-kaifaqu-2024.calc", "shanxi-shuozhou-kaifaqu-2024.chromium",
        "shanxi-yangcheng-zhengfuban-2024.calc", "shanxi-yangcheng-zhengfuban-2024.chromium",
        "sh-putuo-guihuaziranziyuanju-2024-bumenjuesuan", "sh-putuo-sifaju-2026-bumenyusuan",
    ]

    static func url(_ name: String) -> URL {
        Corpus.fixture("truth/\(name).truth.json")
    }

    static func load(_ name: String) throws -> ArchiveDocument {
        try ArchiveDocument(jsonData: Data(contentsOf: url(name)))
    }
}
