#pragma once

#include "common/result.hpp"
#include "domain/catalog/catalog.hpp"
#include "domain/catalog/control_number.hpp"

#include <string>
#include <vector>

namespace bolwerk::domain::catalog {

/// One ISO/IEC 27002:2022 control with Bolwerk's own short labels.
struct ControlInfo {
    ControlNumber number;
    Theme theme;
    std::string label_nl;
    std::string label_en;
};

/// The catalog index built into Bolwerk, so that it works offline: the 93 controls
/// with our labels, and the BIO2 v1.2 and v1.3 identifier sets with kinds, moves and
/// measure types. It has no measure text: that comes in by importing the publication.
/// A plain value, loaded from embedded data; safe to share once loaded.
class BuiltinIndex {
public:
    /// Parses the embedded data. An error here is a bug in the data files.
    static Result<BuiltinIndex> load();

    std::vector<ControlInfo> const& controls() const { return m_controls; }
    ControlInfo const* control(ControlNumber number) const;
    /// The BIO2 versions in the index: bio2@1.2 and bio2@1.3.
    std::vector<CatalogVersion> const& versions() const { return m_versions; }
    CatalogVersion const* version(VersionReference const& reference) const;

private:
    std::vector<ControlInfo> m_controls;
    std::vector<CatalogVersion> m_versions;
};

} // namespace bolwerk::domain::catalog
