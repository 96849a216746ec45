#pragma once

#include "globalkeybatch.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

class QIODevice;

namespace rowscope {

// The input of `keys assign`: the {data_row_id, global_key} pairs to assign, read from
//
// - CSV (UTF-8, optional BOM, LF or CRLF): the first non-blank line is a header naming the
//   columns data_row_id and global_key, in either order (names trimmed, any case); other
//   columns are ignored. Fields are separated by commas and may be quoted ("a,b", "say ""hi""",
//   line breaks inside quotes). Blank lines are skipped. Values are taken exactly as written,
//   spaces included. An unquoted empty field is missing; a quoted empty one ("") is an empty
//   value, which the store then fails as an invalid key. A row with more fields than the header
//   is an error (a key holding an unquoted comma, most likely).
// - JSON: a list of {"data_row_id": "...", "global_key": "..."} objects (other keys ignored).
//   The format is JSON when the first character is '[' or '{'.
//
// Any problem rejects the whole file, naming the line (CSV, 1-based) or the item (JSON,
// 0-based index) and the field, so that nothing is assigned from a file with a missing field.
// A file without any assignment (empty, blank, a header alone, []) is refused too.
class KeyAssignmentFile final {
    Q_DECLARE_TR_FUNCTIONS(KeyAssignmentFile)

public:
    static Result<QVector<GlobalKeyAssignment>> parse(QIODevice *device);
    static Result<QVector<GlobalKeyAssignment>> parse(QByteArray content);

private:
    static Result<QVector<GlobalKeyAssignment>> parseCsv(const QString &text);
    static Result<QVector<GlobalKeyAssignment>> parseJson(const QByteArray &content);
};

} // namespace rowscope
