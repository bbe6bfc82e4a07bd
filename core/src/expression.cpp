#include "gd/expression.hpp"

#include <unordered_map>

#include "compiler.hpp"
#include "derivative.hpp"
#include "gd/program.hpp"
#include "node.hpp"
#include "printer.hpp"

namespace gd {

Expression::Expression(std::shared_ptr<const Node> root) : root_(std::move(root)) {}

Expression Expression::derivative(Variable v) const {
    return Expression(differentiate(root_, v == Variable::x ? Op::x : Op::y));
}

std::string Expression::to_string() const {
    return print(root_, PrintStyle::ascii);
}

std::string Expression::to_pretty_string() const {
    return print(root_, PrintStyle::pretty);
}

Program Expression::compile() const {
    return gd::compile(root_);
}

bool Expression::depends_on(Variable v) const {
    return gd::depends_on(root_, v == Variable::x ? Op::x : Op::y);
}

std::size_t Expression::expanded_size() const {
    std::unordered_map<const Node*, std::size_t> memo;
    auto size = [&memo](auto& self, const NodePtr& n) -> std::size_t {
        if (auto it = memo.find(n.get()); it != memo.end()) return it->second;
        std::size_t s = 1;
        if (n->a) s += self(self, n->a);
        if (n->b) s += self(self, n->b);
        memo.emplace(n.get(), s);
        return s;
    };
    return size(size, root_);
}

std::vector<FunctionSignature> known_functions() {
    std::vector<FunctionSignature> all;
    for (const FunctionInfo& f : function_table())
        all.push_back({f.name, f.arity});
    return all;
}

}  // namespace gd
