#include "domain/audit_checkpoint.hpp"

namespace bolwerk::domain {

std::string checkpoint_signed_text(AuditCheckpoint const& checkpoint)
{
    std::string text = "bolwerk-audit-checkpoint 1\n";
    text += checkpoint.created_at + '\n';
    text += checkpoint.key_id + '\n';
    for (auto const& head : checkpoint.heads)
        text += std::to_string(head.chain) + ' ' + std::to_string(head.sequence) + ' ' + head.hash + '\n';
    return text;
}

} // namespace bolwerk::domain
