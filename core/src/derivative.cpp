#include "derivative.hpp"

#include <unordered_map>

#include "simplify.hpp"

namespace gd {

namespace {

using namespace build;

class Differentiator {
  public:
    explicit Differentiator(Op variable) : variable_(variable) {}

    // Memoized on the node, so shared subtrees (as in a second derivative) are done once.
    NodePtr d(const NodePtr& n) {
        if (auto it = memo_.find(n.get()); it != memo_.end()) return it->second;
        NodePtr result = depends(n) ? rule(n) : number(0.0);
        memo_.emplace(n.get(), result);
        return result;
    }

  private:
    bool depends(const NodePtr& n) {
        if (auto it = depends_memo_.find(n.get()); it != depends_memo_.end()) return it->second;
        const int k = arity(n->op);
        const bool result =
            n->op == variable_ || (k >= 1 && depends(n->a)) || (k == 2 && depends(n->b));
        depends_memo_.emplace(n.get(), result);
        return result;
    }

    NodePtr rule(const NodePtr& n) {
        const NodePtr& u = n->a;
        const NodePtr& v = n->b;
        switch (n->op) {
            case Op::x:
            case Op::y:
                return number(n->op == variable_ ? 1.0 : 0.0);
            case Op::neg:
                return neg(d(u));
            case Op::add:
                return add(d(u), d(v));
            case Op::sub:
                return sub(d(u), d(v));
            case Op::mul:
                return add(mul(d(u), v), mul(u, d(v)));
            case Op::div:
                if (!depends(v)) return div(d(u), v);
                return div(sub(mul(d(u), v), mul(u, d(v))), pow(v, number(2.0)));
            case Op::pow:
                return power_rule(n);
            default:
                if (arity(n->op) == 2) return two_argument_rule(n);
                return mul(chain_factor(n), d(u));
        }
    }

    NodePtr power_rule(const NodePtr& n) {
        const NodePtr& u = n->a;
        const NodePtr& v = n->b;
        if (!depends(v)) {
            // v*u^(v-1)*u'
            return mul(mul(v, pow(u, sub(v, number(1.0)))), d(u));
        }
        if (u->op == Op::e) return mul(n, d(v));
        if (!depends(u)) return mul(mul(n, call(Op::ln, u)), d(v));
        // u^v * (v'*ln(u) + v*u'/u)
        return mul(n, add(mul(d(v), call(Op::ln, u)), div(mul(v, d(u)), u)));
    }

    // f'(u) for a function of one argument; functions of two arguments are handled whole.
    NodePtr chain_factor(const NodePtr& n) {
        const NodePtr& u = n->a;
        const NodePtr two = number(2.0);
        switch (n->op) {
            case Op::sin:
                return call(Op::cos, u);
            case Op::cos:
                return neg(call(Op::sin, u));
            case Op::tan:
                return div(number(1.0), pow(call(Op::cos, u), two));
            case Op::asin:
                return div(number(1.0), call(Op::sqrt, sub(number(1.0), pow(u, two))));
            case Op::acos:
                return neg(div(number(1.0), call(Op::sqrt, sub(number(1.0), pow(u, two)))));
            case Op::atan:
                return div(number(1.0), add(number(1.0), pow(u, two)));
            case Op::sinh:
                return call(Op::cosh, u);
            case Op::cosh:
                return call(Op::sinh, u);
            case Op::tanh:
                return sub(number(1.0), pow(n, two));
            case Op::exp:
                return n;
            case Op::ln:
                return div(number(1.0), u);
            case Op::log10:
                return div(number(1.0), mul(u, call(Op::ln, number(10.0))));
            case Op::log2:
                return div(number(1.0), mul(u, call(Op::ln, number(2.0))));
            case Op::sqrt:
                return div(number(1.0), mul(two, n));
            case Op::cbrt:
                return div(number(1.0), mul(number(3.0), pow(n, two)));
            case Op::abs:
                return call(Op::sign, u);
            default:  // sign: flat wherever it is differentiable
                return number(0.0);
        }
    }

    NodePtr two_argument_rule(const NodePtr& n) {
        const NodePtr& a = n->a;
        const NodePtr& b = n->b;
        const NodePtr da = d(a);
        const NodePtr db = d(b);
        const NodePtr two = number(2.0);
        switch (n->op) {
            case Op::atan2:  // d atan2(a, b) = (b*a' - a*b') / (a^2 + b^2)
                return div(sub(mul(b, da), mul(a, db)), add(pow(a, two), pow(b, two)));
            case Op::hypot:  // (a*a' + b*b') / hypot(a, b)
                return div(add(mul(a, da), mul(b, db)), n);
            case Op::min:  // min = (a + b - |a - b|)/2
                return div(sub(add(da, db), mul(call(Op::sign, sub(a, b)), sub(da, db))), two);
            case Op::max:  // max = (a + b + |a - b|)/2
                return div(add(add(da, db), mul(call(Op::sign, sub(a, b)), sub(da, db))), two);
            default:
                return number(0.0);
        }
    }

    Op variable_;
    std::unordered_map<const Node*, NodePtr> memo_;
    std::unordered_map<const Node*, bool> depends_memo_;
};

}  // namespace

NodePtr differentiate(const NodePtr& n, Op variable) {
    Differentiator differentiator(variable);
    return differentiator.d(n);
}

}  // namespace gd
