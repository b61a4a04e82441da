#include "web/request_context.hpp"

namespace bolwerk::web {

Services::Services(store::Database& database_, Clock const& clock_, WebConfig config_,
    domain::CommonPasswords common_passwords_, app::SessionPolicy session_policy)
    : database(database_)
    , clock(clock_)
    , config(std::move(config_))
    , common_passwords(std::move(common_passwords_))
    , organisations(database_, clock_)
    , accounts(database_, clock_, common_passwords)
    , sessions(database_, clock_, session_policy)
    , mfa(database_, clock_)
    , api_tokens(database_, clock_)
{
}

std::vector<std::pair<std::string, std::string>> const& RequestContext::form()
{
    if (!m_form)
        m_form = parse_form(request.body);
    return *m_form;
}

std::string RequestContext::field(std::string_view name) { return form_value(form(), name).value_or(""); }

} // namespace bolwerk::web
