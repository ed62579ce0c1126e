import Records

// Reading `layouts.json` into the layout types, member by member; a path (`tables[3].columns[1].key`) names what
// is wrong.

extension LayoutCatalogue {
    init(json: LayoutJSON) throws(LayoutJSON.Failure) {
        totalLabels = try json.member("totalLabels", at: "").strings(at: "totalLabels")
        spanningLabels = try json.member("spanningLabels", at: "").strings(at: "spanningLabels")
        measures = try Self.rules(json, "measures")
        categories = try Self.rules(json, "categories")
        personnelClasses = try json.member("personnelClasses", at: "").strings(at: "personnelClasses")
        familyNumbers = [:]
        for (family, numbers) in try json.member("familyNumbers", at: "").object(at: "familyNumbers") {
            var byTable: [String: String] = [:]
            for (table, number) in try numbers.object(at: "familyNumbers.\(family)") {
                byTable[table] = try number.string(at: "familyNumbers.\(family).\(table)")
            }
            familyNumbers[family] = byTable
        }
        tables = []
        for (index, table) in try json.member("tables", at: "").array(at: "tables").enumerated() {
            tables.append(try TableLayout(json: table, at: "tables[\(index)]"))
        }
    }

    private static func rules(_ json: LayoutJSON, _ name: String) throws(LayoutJSON.Failure) -> [QualifierRule] {
        var rules: [QualifierRule] = []
        for (index, rule) in try json.member(name, at: "").array(at: name).enumerated() {
            let path = "\(name)[\(index)]"
            rules.append(
                QualifierRule(
                    value: try rule.member("value", at: path).raw(RecordKey.self, at: "\(path).value"),
                    headers: try rule.member("headers", at: path).strings(at: "\(path).headers")))
        }
        return rules
    }
}

extension TableLayout {
    init(json: LayoutJSON, at path: String) throws(LayoutJSON.Failure) {
        kind = try json.member("kind", at: path).raw(TableKind.self, at: "\(path).kind")
        titles = try json.member("titles", at: path).strings(at: "\(path).titles")
        titleSuffixes = try json.optionalMember("titleSuffixes")?.strings(at: "\(path).titleSuffixes")
        nationalTitles = try json.optionalMember("nationalTitles")?.strings(at: "\(path).nationalTitles")
        shape = try json.member("shape", at: path).raw(Shape.self, at: "\(path).shape")
        columns = []
        for (index, column) in try json.member("columns", at: path).array(at: "\(path).columns").enumerated() {
            columns.append(try ColumnRule(json: column, at: "\(path).columns[\(index)]"))
        }
        if let list = json.optionalMember("fields") {
            var fields: [FieldRule] = []
            for (index, field) in try list.array(at: "\(path).fields").enumerated() {
                let at = "\(path).fields[\(index)]"
                fields.append(
                    FieldRule(
                        key: try field.member("key", at: at).raw(FieldRule.Key.self, at: "\(at).key"),
                        value: try field.member("value", at: at).raw(ColumnRule.ValueKind.self, at: "\(at).value"),
                        headers: try field.member("headers", at: at).strings(at: "\(at).headers")))
            }
            self.fields = fields
        } else {
            fields = nil
        }
        totalNames = try json.optionalMember("totalNames")?.strings(at: "\(path).totalNames")
        // The 三公 table's columns named by an item hold that item's figures, `total` (合计) among them.
        if shape == .threePublic {
            for index in columns.indices {
                if let item = ThreePublicItem(rawValue: columns[index].key.description) {
                    columns[index].key = .threePublicItem(item)
                }
            }
        }
    }
}

extension ColumnRule {
    init(json: LayoutJSON, at path: String) throws(LayoutJSON.Failure) {
        let name = try json.member("key", at: path).string(at: "\(path).key")
        guard let key = ColumnKey(name: name) else {
            throw LayoutJSON.Failure(
                description:
                    "\(path).key: \"\(name)\" is no record key, code level or 三公 item (RecordKey, ThreePublicItem)")
        }
        self.key = key
        value = try json.member("value", at: path).raw(ValueKind.self, at: "\(path).value")
        headers = try json.member("headers", at: path).strings(at: "\(path).headers")
        exact = try json.optionalMember("exact")?.bool(at: "\(path).exact")
        expenditureKey = try json.optionalMember("expenditureKey")?.raw(RecordKey.self, at: "\(path).expenditureKey")
    }
}
