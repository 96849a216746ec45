#pragma once

#include "result.h"

namespace rowscope::sql {
class Connection;
}

namespace rowscope::Schema {

// PRAGMA application_id of every workspace: "RSWP".
constexpr int kApplicationId = 0x52535750;

// The workspace version this build writes (PRAGMA user_version).
int latestVersion();

// Brings a workspace up to `targetVersion` step by step, each step in its own transaction,
// so that a file is always at one whole version. Refuses files that are not workspaces and
// workspaces from a newer Rowscope.
Status migrate(sql::Connection &db, int targetVersion = latestVersion());

} // namespace rowscope::Schema
