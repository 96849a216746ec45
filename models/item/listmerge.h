#pragma once

#include <QVector>

namespace rowscope::ListMerge {

// Brings `current` to `wanted` (two lists of entries with unique keys) through the steps a
// view can follow without losing its selection: removals, inserts (an entry that moved is
// removed and inserted again) and an update of each entry that stayed but differs. Never a
// reset. `same(a, b)` tells entries of one key apart. The callbacks change `current` themselves,
// each between the model's begin/end calls:
//   remove(int row), insert(int row, const T &entry), update(int row, const T &entry).
template<typename T, typename KeyOf, typename Same, typename Remove, typename Insert,
         typename Update>
void apply(const QVector<T> &current, const QVector<T> &wanted, KeyOf keyOf, Same same,
           Remove remove, Insert insert, Update update)
{
    const auto indexIn = [&keyOf](const QVector<T> &list, const auto &key, int from) {
        for (int i = from; i < list.size(); ++i) {
            if (keyOf(list[i]) == key) {
                return i;
            }
        }
        return -1;
    };
    // Removals first, from the back, so that rows keep their numbers until removed.
    for (int row = static_cast<int>(current.size()) - 1; row >= 0; --row) {
        if (indexIn(wanted, keyOf(current[row]), 0) < 0) {
            remove(row);
        }
    }
    // current[0, i) equals wanted[0, i) at each step.
    for (int i = 0; i < wanted.size(); ++i) {
        const T &entry = wanted[i];
        if (i < current.size() && keyOf(current[i]) == keyOf(entry)) {
            if (!same(current[i], entry)) {
                update(i, entry);
            }
            continue;
        }
        if (const int moved = indexIn(current, keyOf(entry), i + 1); moved > i) {
            remove(moved);
        }
        insert(i, entry);
    }
    while (current.size() > wanted.size()) {
        remove(static_cast<int>(current.size()) - 1);
    }
}

} // namespace rowscope::ListMerge
