#include "domain/findings/cvss.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>

namespace bolwerk::domain::findings {
namespace {

// Section 7.4 of the v3.1 specification: Roundup avoids floating-point artefacts.
double roundup_31(double value)
{
    auto const integer = static_cast<long long>(std::llround(value * 100000.0));
    if (integer % 10000 == 0)
        return static_cast<double>(integer) / 100000.0;
    return (std::floor(static_cast<double>(integer) / 10000.0) + 1.0) / 10.0;
}

double roundup_30(double value) { return std::ceil(value * 10.0 - 1e-9) / 10.0; }

using Metrics = std::map<std::string, std::string, std::less<>>;

Result<Metrics> split_metrics(std::string_view vector, std::string_view prefix)
{
    Metrics metrics;
    for (auto const part : split(vector.substr(prefix.size()), '/')) {
        auto const colon = part.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon + 1 == part.size())
            return Error::invalid("CVSS vector part '" + std::string(part) + "' is not METRIC:VALUE");
        auto const [where, added]
            = metrics.emplace(std::string(part.substr(0, colon)), std::string(part.substr(colon + 1)));
        if (!added)
            return Error::invalid("CVSS metric " + where->first + " appears twice");
    }
    return metrics;
}

Result<double> weight(Metrics const& metrics, std::string_view name, std::map<std::string_view, double> const& values)
{
    auto const found = metrics.find(name);
    if (found == metrics.end())
        return Error::invalid("CVSS base metric " + std::string(name) + " is missing");
    auto const value = values.find(found->second);
    if (value == values.end())
        return Error::invalid("CVSS metric " + std::string(name) + " has no value '" + found->second + "'");
    return value->second;
}

} // namespace

Result<double> cvss3_base_score(std::string_view vector)
{
    bool const v31 = vector.starts_with("CVSS:3.1/");
    if (!v31 && !vector.starts_with("CVSS:3.0/"))
        return Error::invalid("not a CVSS v3.0 or v3.1 vector (it must start with CVSS:3.0/ or CVSS:3.1/)");
    auto const metrics = TRY(split_metrics(vector, "CVSS:3.x/"));
    auto const scope = TRY(weight(metrics, "S", {{"U", 0.0}, {"C", 1.0}}));
    bool const changed = scope > 0.5;
    auto const attack_vector = TRY(weight(metrics, "AV", {{"N", 0.85}, {"A", 0.62}, {"L", 0.55}, {"P", 0.2}}));
    auto const complexity = TRY(weight(metrics, "AC", {{"L", 0.77}, {"H", 0.44}}));
    auto const privileges
        = TRY(weight(metrics, "PR", {{"N", 0.85}, {"L", changed ? 0.68 : 0.62}, {"H", changed ? 0.5 : 0.27}}));
    auto const interaction = TRY(weight(metrics, "UI", {{"N", 0.85}, {"R", 0.62}}));
    std::map<std::string_view, double> const impact_values{{"H", 0.56}, {"L", 0.22}, {"N", 0.0}};
    auto const confidentiality = TRY(weight(metrics, "C", impact_values));
    auto const integrity = TRY(weight(metrics, "I", impact_values));
    auto const availability = TRY(weight(metrics, "A", impact_values));
    double const iss = 1.0 - (1.0 - confidentiality) * (1.0 - integrity) * (1.0 - availability);
    double const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15.0) : 6.42 * iss;
    double const exploitability = 8.22 * attack_vector * complexity * privileges * interaction;
    if (impact <= 0)
        return 0.0;
    double const raw
        = changed ? std::min(1.08 * (impact + exploitability), 10.0) : std::min(impact + exploitability, 10.0);
    return v31 ? roundup_31(raw) : roundup_30(raw);
}

std::optional<double> cvss_score(Cvss const& cvss)
{
    if (cvss.score)
        return cvss.score;
    auto const computed = cvss3_base_score(cvss.vector);
    if (!computed)
        return std::nullopt;
    return *computed;
}

bool is_valid_cvss4_vector(std::string_view vector)
{
    if (!vector.starts_with("CVSS:4.0/"))
        return false;
    auto const metrics = split_metrics(vector, "CVSS:4.0/");
    if (!metrics)
        return false;
    static std::array<std::pair<std::string_view, std::string_view>, 11> const base{
        {{"AV", "NALP"}, {"AC", "LH"}, {"AT", "NP"}, {"PR", "NLH"}, {"UI", "NPA"}, {"VC", "HLN"}, {"VI", "HLN"},
            {"VA", "HLN"}, {"SC", "HLN"}, {"SI", "HLN"}, {"SA", "HLN"}}};
    return std::all_of(base.begin(), base.end(), [&](auto const& metric) {
        auto const found = metrics->find(metric.first);
        return found != metrics->end() && found->second.size() == 1
            && metric.second.find(found->second.front()) != std::string_view::npos;
    });
}

} // namespace bolwerk::domain::findings
