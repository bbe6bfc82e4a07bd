// The optimizers' inner workings beside the step arrow (StepAnatomyOverlay), in the window,
// the session's plot and exports, and the step explanation's arithmetic: each checked against
// the core's own gd::RunReplay with real numbers.
#include <QTextDocument>
#include <QtTest>
#include <cmath>
#include <memory>
#include <variant>

#include "gd/objective.hpp"
#include "gd/optimizer.hpp"
#include "gd/run_replay.hpp"
#include "gd/schedule.hpp"
#include "gui/export/export_scene.hpp"
#include "gui/model/animation.hpp"
#include "gui/model/run_anatomy.hpp"
#include "gui/model/session.hpp"
#include "gui/panels/explanation_panel.hpp"
#include "gui/panels/step_explanation.hpp"
#include "gui/plot/descent_plot.hpp"
#include "gui/plot/descent_plot_binding.hpp"
#include "gui/plot/model_contour.hpp"
#include "gui/plot/step_anatomy_overlay.hpp"
#include "gui/plot/step_inset.hpp"
#include "gui/text/display_text.hpp"

using namespace gdlab;

namespace {

gd::Objective objective(const char* text) {
    return std::get<gd::Objective>(gd::Objective::parse(text));
}

RunSpec run_of(const char* optimizer, double lr, const Eigen::Vector2d& start,
               int iterations = 50) {
    RunSpec s;
    s.optimizer = *gd::make_optimizer(optimizer);
    gd::set_hyper_parameter(s.optimizer, "lr", lr);
    s.settings.start = start;
    s.settings.max_iterations = iterations;
    s.settings.tolerance = 0;
    return s;
}

QString plain(const QString& html) {
    QTextDocument doc;
    doc.setHtml(html);
    return without_word_joiners(doc.toPlainText()).simplified();  // as it reads and copies
}

// A plot of one run at step k with the step arrows on, drawing its anatomy as the window does.
struct ShownRun {
    gd::Objective f;
    RunSpec spec;
    std::shared_ptr<const gd::Trace> trace;
    std::unique_ptr<DescentPlot> plot = std::make_unique<DescentPlot>();

    ShownRun(const char* expression, const RunSpec& s, int k, const gd::Rect& view = {-5, 5, -5, 5})
        : f(objective(expression)),
          spec(s),
          trace(std::make_shared<gd::Trace>(gd::run_descent(f, spec))) {
        plot->resize(800, 600);
        plot->setView(view);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        plot->setRunCount(1);
        plot->path(0).setTrace(trace);
        plot->setActiveRun(0);
        plot->setArrowsVisible(true);
        plot->setStepAnatomySource([anatomy = std::make_shared<RunAnatomy>(f, spec, trace)](int i) {
            return anatomy->at(i);
        });
        plot->showStep(k);
    }
    [[nodiscard]] const StepAnatomyOverlay& overlay() const { return plot->anatomyOverlay(); }
    // The core's own account of the update from point k, from a replay of its own.
    [[nodiscard]] gd::StepAnatomy anatomy(int k) const {
        gd::RunReplay replay(f, spec, *trace);
        return *replay.anatomy_at(static_cast<std::size_t>(k), window_number_text());
    }
    [[nodiscard]] Eigen::Vector2d point(int k) const {
        return trace->points[static_cast<std::size_t>(k)].x;
    }
};

bool close(const Eigen::Vector2d& a, const Eigen::Vector2d& b, double tolerance = 1e-12) {
    return (a - b).norm() <= tolerance * std::max(1.0, b.norm());
}

QString text(const Eigen::Vector2d& v) {
    return QStringLiteral("(%1, %2)").arg(v.x(), 0, 'g', 17).arg(v.y(), 0, 'g', 17);
}

// (p − c)ᵀH(p − c): the model's level through p, up to f(c) and the ½.
double level(const Eigen::Matrix2d& h, const Eigen::Vector2d& c, const Eigen::Vector2d& p) {
    return (p - c).dot(h * (p - c));
}

}  // namespace

class StepAnatomyTest : public QObject {
    Q_OBJECT
  private slots:
    // Momentum through the narrow valley x² + 10y²: at step 3 the velocity's share and the
    // gradient's share are drawn from the point, exactly the core's parts; with the step arrows
    // off they are gone.
    void momentumDrawsTheVelocitysShareBesideTheGradients() {
        // The view a teacher zooms to, where the first steps are large enough to label.
        ShownRun run("x^2 + 10*y^2", run_of("momentum", 0.02, {-4, 1}), 3, {-4.5, -1.5, -1.5, 1.5});
        const gd::StepAnatomy a = run.anatomy(3);
        const Eigen::Vector2d x = run.point(3);
        QVERIFY(a.velocity_step);
        const auto velocity = run.overlay().velocityArrow();
        QVERIFY(velocity);
        QVERIFY2(velocity->from == x, qPrintable(text(velocity->from)));
        QVERIFY2(velocity->to == x + *a.velocity_step,
                 qPrintable(text(velocity->to) + " vs " + text(x + *a.velocity_step)));
        const auto gradient = run.overlay().gradientArrow();
        QVERIFY(gradient);
        // Tip to tail: the gradient's share starts where the velocity's ends, and ends where
        // the step does.
        QVERIFY(gradient->from == x + *a.velocity_step);
        QVERIFY(gradient->to == x + *a.velocity_step + a.gradient_step);
        QVERIFY(close(gradient->to, run.point(4)));
        QVERIFY2(run.overlay().labels().contains(QStringLiteral("velocity")),
                 qPrintable(run.overlay().labels().join(", ")));
        QVERIFY(!run.overlay().stepBox());
        QVERIFY(run.overlay().modelContour().empty());

        run.plot->setArrowsVisible(false);
        QVERIFY(!run.overlay().velocityArrow());
        QVERIFY(!run.overlay().gradientArrow());
        QVERIFY(run.overlay().labels().isEmpty());
        run.plot->setArrowsVisible(true);
        QVERIFY(run.overlay().velocityArrow());
    }

    // At the view a class sees, momentum's step on Rosenbrock's valley floor (lr 0.001, step
    // 600) is a few pixels long and its parts a speck: the inset in the corner shows it
    // magnified, with the velocity's share as an arrow long enough to label, says by how much,
    // and gives a scale bar. A step long on the plot needs no inset.
    void aShortStepIsShownMagnifiedInAnInset() {
        ShownRun run("(1 - x)^2 + 100*(y - x^2)^2", run_of("momentum", 0.001, {-1.2, 1}, 3000), 600,
                     {-2.5, 2.5, -0.5, 2.0});
        run.plot->setEqualScaling(true);  // as the window has it: one magnification both ways
        run.plot->replot(QCustomPlot::rpImmediateRefresh);
        run.plot->showStep(600);
        const StepInset& inset = run.plot->stepInset();
        QVERIFY(inset.shown());
        const Eigen::Vector2d x = run.point(600);
        const Eigen::Vector2d step = run.point(601) - x;
        const DescentPlot* plot = run.plot.get();
        const auto pixel = [plot](const Eigen::Vector2d& p) {
            return QPointF(plot->xAxis->coordToPixel(p.x()), plot->yAxis->coordToPixel(p.y()));
        };
        const double on_plot = QLineF(pixel(x), pixel(x + step)).length();
        QVERIFY2(on_plot < 10, qPrintable(QString::number(on_plot)));
        // The step spans most of the inset, and the magnification says how much larger it is.
        const double in_inset = inset.stepArrowPixels();
        QVERIFY2(in_inset > 100, qPrintable(QString::number(in_inset)));
        QVERIFY2(
            std::abs(inset.magnification() - in_inset / on_plot) < 0.05 * inset.magnification(),
            qPrintable(QStringLiteral("×%1 for %2 / %3 px")
                           .arg(inset.magnification())
                           .arg(in_inset)
                           .arg(on_plot)));
        QVERIFY2(inset.caption().contains(QStringLiteral("×")), qPrintable(inset.caption()));
        QVERIFY(!inset.scaleText().isEmpty());
        // The velocity's share, the core's, long enough in the inset to carry its label.
        const gd::StepAnatomy a = run.anatomy(600);
        const auto velocity = inset.parts().velocityArrow();
        QVERIFY(velocity);
        QVERIFY(close(velocity->to, x + *a.velocity_step));
        QVERIFY2(inset.parts().labels().contains(QStringLiteral("velocity")),
                 qPrintable(inset.parts().labels().join(", ")));
        // The inset keeps clear of the current point, and every label in it lies whole inside
        // it ("velocity" lost its first letters at the inset's edge).
        QVERIFY(!inset.outerRect().contains(run.plot->pixelOf(x)));
        int labels = 0;
        for (int i = 0; i < run.plot->itemCount(); ++i) {
            const auto* text = qobject_cast<const QCPItemText*>(run.plot->item(i));
            if (text == nullptr || !text->visible() || text->layer() != inset.layer() ||
                text->text().isEmpty())
                continue;
            const QRectF box(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
            QVERIFY2(QRectF(inset.outerRect()).contains(box),
                     qPrintable(QStringLiteral("\"%1\" at %2,%3 %4×%5")
                                    .arg(text->text())
                                    .arg(box.left())
                                    .arg(box.top())
                                    .arg(box.width())
                                    .arg(box.height())));
            ++labels;
        }
        QVERIFY2(labels >= 3, qPrintable(QString::number(labels)));  // caption, scale, velocity
        // With the arrows off it goes, and a long step (the first, from (−1.2, 1)) needs none.
        run.plot->setArrowsVisible(false);
        QVERIFY(!inset.shown());
        run.plot->setArrowsVisible(true);
        QVERIFY(inset.shown());
        ShownRun first("x^2 + y^2", run_of("gd", 0.3, {-3, 4}), 0);
        QVERIFY(!first.plot->stepInset().shown());
    }

    // The same through the session, as the window shows it: the binding replays the selected
    // run and follows the clock, forward and back.
    void theSessionsPlotFollowsTheSelectedRunsSteps() {
        Session session;
        Animation clock;
        // Traces arrive one by one: the selected run's may come after the other's.
        QObject::connect(&session, &Session::tracesArrived, &clock, [&] {
            if (const auto& trace = session.activeRun().trace)
                clock.setLastStep(static_cast<int>(trace->points.size()) - 1);
        });
        DescentPlot plot;
        plot.resize(800, 600);
        plot.setView({-5, 5, -5, 5});
        plot.setArrowsVisible(true);
        connect_to_session(plot, session, clock);
        session.setScene(objective("x^2 + 10*y^2"), QStringLiteral("x^2 + 10*y^2"), nullptr,
                         {run_of("gd", 0.02, {-4, 1}), run_of("momentum", 0.02, {-4, 1})});
        session.setActiveIndex(1);
        QVERIFY(session.waitUntilComputed());
        QCoreApplication::processEvents();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const gd::Objective f = objective("x^2 + 10*y^2");
        const RunSpec spec = session.activeRun().spec;
        gd::RunReplay replay(f, spec, *session.activeRun().trace);
        for (const int k : {3, 7, 2}) {
            clock.setStep(k);
            const auto a = replay.anatomy_at(static_cast<std::size_t>(k), window_number_text());
            const Eigen::Vector2d x =
                session.activeRun().trace->points[static_cast<std::size_t>(k)].x;
            const auto velocity = plot.anatomyOverlay().velocityArrow();
            QVERIFY2(velocity, qPrintable(QString::number(k)));
            QVERIFY(velocity->to == x + *a->velocity_step);
        }
        // Plain descent, selected, has no parts beside its arrow.
        session.setActiveIndex(0);
        QCoreApplication::processEvents();
        QVERIFY(!plot.anatomyOverlay().velocityArrow());
        QVERIFY(!plot.anatomyOverlay().gradientArrow());
    }

    // Nesterov adds the gradient's share where the velocity carries the point.
    void nesterovMarksTheLookAhead() {
        ShownRun run("x^2 + 10*y^2", run_of("nesterov", 0.02, {-4, 1}), 3);
        const gd::StepAnatomy a = run.anatomy(3);
        const auto look = run.overlay().lookAhead();
        QVERIFY(look);
        QVERIFY(*look == *a.look_ahead);
        QVERIFY(close(*look, run.point(3) + *a.velocity_step));
        const auto gradient = run.overlay().gradientArrow();
        QVERIFY(gradient);
        QVERIFY(gradient->from == *a.look_ahead);
        QVERIFY(gradient->to == *a.look_ahead + a.gradient_step);
        QVERIFY(close(gradient->to, run.point(4)));
    }

    // Adam's box: each coordinate's step, lr/(√ŝ + ε)·|m̂|, centred on the point; the step
    // ends on its corner.
    void adamsBoxHoldsEachCoordinatesStep() {
        ShownRun run("x^2 + 10*y^2", run_of("adam", 0.5, {-4, 1}), 3);
        const gd::StepAnatomy a = run.anatomy(3);
        const auto box = run.overlay().stepBox();
        QVERIFY(box);
        const Eigen::Vector2d half = a.effective_rate->cwiseProduct(a.scaled_direction->cwiseAbs());
        QVERIFY2(close(box->half_sides, half),
                 qPrintable(text(box->half_sides) + " vs " + text(half)));
        QVERIFY(close(box->centre, run.point(3)));
        QVERIFY(close(box->half_sides, a.step.cwiseAbs(), 1e-9));
        // Adam's first step is lr in each coordinate, though the gradient (−8, 20) is not.
        ShownRun first("x^2 + 10*y^2", run_of("adam", 0.5, {-4, 1}), 0);
        QVERIFY(close(first.overlay().stepBox()->half_sides, {0.5, 0.5}, 1e-6));
    }

    // AdamW's decay: the last part of the step, towards the origin.
    void adamwDrawsTheDecayTowardsTheOrigin() {
        RunSpec spec = run_of("adamw", 0.5, {-4, 1});
        gd::set_hyper_parameter(spec.optimizer, "weight_decay", 0.5);
        ShownRun run("x^2 + 10*y^2", spec, 1);
        const gd::StepAnatomy a = run.anatomy(1);
        const auto decay = run.overlay().decayArrow();
        QVERIFY(decay);
        QVERIFY(decay->to == run.point(1) + a.step);
        QVERIFY(close(decay->to - decay->from, *a.decay_step, 1e-9));
        QVERIFY(decay->to.norm() < decay->from.norm());
    }

    // Newton on x² + 4y² + xy: the model is f itself, an ellipse through the point centred on
    // the minimum (0, 0), where the full step lands.
    void newtonDrawsItsModelsEllipse() {
        ShownRun run("x^2 + 4*y^2 + x*y", run_of("newton", 0.5, {-4, 1}), 1);
        const gd::StepAnatomy a = run.anatomy(1);
        const Eigen::Vector2d x = run.point(1);
        const auto centre = run.overlay().modelCentre();
        QVERIFY(centre);
        QVERIFY2(centre->norm() < 1e-12, qPrintable(text(*centre)));
        const std::vector<Eigen::Vector2d> curve = run.overlay().modelContour();
        QCOMPARE(static_cast<int>(curve.size()), kModelContourPoints + 1);
        QVERIFY(close(curve.front(), x));
        QVERIFY(close(curve.back(), x));
        const double through = level(*a.hessian, *centre, x);
        for (const Eigen::Vector2d& p : curve)
            QVERIFY2(std::fabs(level(*a.hessian, *centre, p) - through) < 1e-9 * through,
                     qPrintable(text(p)));
        // The ellipse goes round the centre.
        double winding = 0.0;
        for (std::size_t i = 1; i < curve.size(); ++i) {
            const Eigen::Vector2d u = curve[i - 1] - *centre;
            const Eigen::Vector2d v = curve[i] - *centre;
            winding += std::atan2(u.x() * v.y() - u.y() * v.x(), u.dot(v));
        }
        QVERIFY2(std::fabs(std::fabs(winding) - 2 * M_PI) < 1e-9,
                 qPrintable(QString::number(winding)));
        QVERIFY(run.overlay().labels().contains(QStringLiteral("model's centre")));
    }

    // At the saddle of x² − y² the model's contour is a hyperbola (two branches across the
    // view) centred on the saddle (0, 0), where Newton heads.
    void newtonDrawsAHyperbolaAtASaddle() {
        const gd::Rect view{-5, 5, -5, 5};
        ShownRun run("x^2 - y^2", run_of("newton", 0.5, {-4, 1}), 0, view);
        const gd::StepAnatomy a = run.anatomy(0);
        const auto centre = run.overlay().modelCentre();
        QVERIFY(centre);
        QVERIFY2(centre->norm() < 1e-12, qPrintable(text(*centre)));
        const std::vector<Eigen::Vector2d> curve = run.overlay().modelContour();
        QVERIFY(!curve.empty());
        const double through = level(*a.hessian, *centre, {-4, 1});  // 2·16 − 2·1 = 30
        QCOMPARE(through, 30.0);
        int gaps = 0;
        int left = 0;
        int right = 0;
        for (const Eigen::Vector2d& p : curve) {
            if (std::isnan(p.x())) {
                ++gaps;
                continue;
            }
            QVERIFY2(std::fabs(level(*a.hessian, *centre, p) - through) < 1e-9 * through,
                     qPrintable(text(p)));
            (p.x() < 0 ? left : right)++;
        }
        QCOMPARE(gaps, 1);
        QCOMPARE(left, kModelContourPoints / 2);
        QCOMPARE(right, kModelContourPoints / 2);
        // Each branch reaches past the view, up and down.
        double lowest = 0.0;
        double highest = 0.0;
        for (const Eigen::Vector2d& p : curve) {
            if (std::isnan(p.y())) continue;
            lowest = std::min(lowest, p.y());
            highest = std::max(highest, p.y());
        }
        QVERIFY2(lowest <= view.y_min && highest >= view.y_max,
                 qPrintable(QStringLiteral("%1 to %2").arg(lowest).arg(highest)));
    }

    // On an asymptote of the saddle the contour through the point is the asymptotes themselves.
    void theContourOnAnAsymptoteIsTheAsymptotes() {
        Eigen::Matrix2d h;
        h << 2, 0, 0, -2;
        const auto curve = model_contour(h, {0, 0}, {-2, 2}, {-5, 5, -5, 5});
        QCOMPARE(static_cast<int>(curve.size()), 5);
        for (const Eigen::Vector2d& p : curve) {
            if (!std::isnan(p.x())) QVERIFY(std::fabs(std::fabs(p.x()) - std::fabs(p.y())) < 1e-9);
        }
        Eigen::Matrix2d singular;
        singular << 2, 0, 0, 0;
        QVERIFY(model_contour(singular, {0, 0}, {1, 1}, {-5, 5, -5, 5}).empty());
        QVERIFY(model_contour(Eigen::Matrix2d::Identity(), {1, 1}, {1, 1}, {-5, 5, -5, 5}).empty());
    }

    // Plain descent's anatomy has nothing but its step: nothing is drawn beside the arrow.
    void plainDescentAddsNothing() {
        ShownRun run("x^2 + 10*y^2", run_of("gd", 0.02, {-4, 1}), 3);
        QVERIFY(!run.overlay().velocityArrow());
        QVERIFY(!run.overlay().gradientArrow());
        QVERIFY(!run.overlay().stepBox());
        QVERIFY(run.overlay().labels().isEmpty());
    }

    // Parts of a few pixels are left out: near the end of a converging run, nothing clutters the
    // point.
    void tinyPartsAreLeftOut() {
        ShownRun run("x^2 + 10*y^2", run_of("momentum", 0.02, {-4, 1}, 400), 400);
        QVERIFY(!run.overlay().velocityArrow());
        QVERIFY(!run.overlay().gradientArrow());
    }

    // Exports draw the plot through the same class: the parts are in the picture when the step
    // arrows are, and not otherwise.
    void exportsDrawThePartsWithTheArrows() {
        const gd::Objective f = objective("x^2 + 10*y^2");
        const RunSpec spec = run_of("momentum", 0.02, {-4, 1});
        ExportScene scene(f);
        scene.runs.push_back(
            {std::make_shared<gd::Trace>(gd::run_descent(f, spec)), spec, QStringLiteral("m")});
        scene.view = {-5, 5, -5, 5};
        scene.step = 3;
        ExportLook look;
        look.size = {900, 600};
        auto plot = make_export_plot(scene, look);
        const auto velocity = plot->anatomyOverlay().velocityArrow();
        QVERIFY(velocity);
        gd::RunReplay replay(f, spec, *scene.runs[0].trace);
        QVERIFY(velocity->to == scene.runs[0].trace->points[3].x +
                                    *replay.anatomy_at(3, window_number_text())->velocity_step);
        show_export_step(*plot, scene, look, 5);
        QVERIFY(plot->anatomyOverlay().velocityArrow()->from == scene.runs[0].trace->points[5].x);
        scene.arrows = false;
        QVERIFY(!make_export_plot(scene, look)->anatomyOverlay().velocityArrow());
    }

    // The explanation writes momentum's arithmetic with the numbers of the step shown, and ties
    // it to the parts on the plot.
    void explainsMomentumsArithmetic() {
        const gd::Objective f = objective("x^2 + 10*y^2");
        const RunSpec spec = run_of("momentum", 0.02, {-4, 1});
        const gd::Trace t = gd::run_descent(f, spec);
        gd::RunReplay replay(f, spec, t);
        const Eigen::Vector2d v_before = replay.state_after(3)[0].second;
        const Eigen::Vector2d v_after = replay.state_after(4)[0].second;
        const Eigen::Vector2d g = t.points[3].gradient;
        const QString text = plain(explain_step(f, t, spec, 3));
        const QString line =
            QStringLiteral("v = β·v + g = 0.9·%1 + %2 = %3")
                .arg(point_text(v_before, 5), point_text(g, 5), point_text(v_after, 5));
        QVERIFY2(text.contains(line), qPrintable(text + "\n  wanted: " + line));
        QVERIFY2(text.contains(QStringLiteral("step = −lr·v = −0.02·%1 = %2")
                                   .arg(point_text(v_after, 5), point_text(t.points[3].step, 5))),
                 qPrintable(text));
        QVERIFY2(text.contains("Momentum (with g = ∇f):"), qPrintable(text));
        QVERIFY2(text.contains("So the step is the velocity's share"), qPrintable(text));
        QVERIFY(!text.contains("learning rate of this update"));
        // The numbers are 0.9·(…) with v after three updates, the gradient at x₃.
        QVERIFY(v_before.norm() > 0.0);
    }

    // A schedule that varies the rate says the rate of this update: the step schedule halves it
    // every 2 updates, so update 4 runs at 0.1·0.5.
    void explainsTheRateOfAScheduledUpdate() {
        const gd::Objective f = objective("x^2 + y^2");
        RunSpec spec = run_of("gd", 0.1, {-3, 4});
        spec.settings.schedule = *gd::make_schedule("step");
        gd::set_schedule_parameter(spec.settings.schedule, "step_size", 2);
        gd::set_schedule_parameter(spec.settings.schedule, "gamma", 0.5);
        const gd::Trace t = gd::run_descent(f, spec);
        const QString text = plain(explain_step(f, t, spec, 3));
        QVERIFY2(text.contains("The learning rate of this update is lr4 = 0.05 (step schedule)."),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("step = −lr·g = −0.05·%1 = %2")
                                   .arg(point_text(t.points[3].gradient, 5),
                                        point_text(t.points[3].step, 5))),
                 qPrintable(text));
    }

    // Newton where H cannot be inverted says so, and why the run ends there.
    void explainsASingularHessian() {
        const gd::Objective f = objective("x^2 + y^4");
        const RunSpec spec = run_of("newton", 1, {1, 0});
        const gd::Trace t = gd::run_descent(f, spec);
        QCOMPARE(t.stop, gd::StopReason::singular_hessian);
        const QString text = plain(explain_step(f, t, spec, 0));
        QVERIFY2(text.contains("H = [2, 0; 0, 0], det H = 0"), qPrintable(text));
        QVERIFY2(text.contains("H cannot be inverted here: no Newton step"), qPrintable(text));
        QVERIFY2(text.contains("With det H = 0 the quadratic model is flat along a direction and "
                               "has no centre to jump to: Newton's method has no step to take."),
                 qPrintable(text));
        QVERIFY2(text.contains("The run ends here: stopped after 0 steps"), qPrintable(text));
    }

    // The window's panel replays the selected run for its arithmetic (Adam's third update).
    void thePanelFollowsTheSelectedRun() {
        Session session;
        Animation clock;
        // Traces arrive one by one: the selected run's may come after the other's.
        QObject::connect(&session, &Session::tracesArrived, &clock, [&] {
            if (const auto& trace = session.activeRun().trace)
                clock.setLastStep(static_cast<int>(trace->points.size()) - 1);
        });
        ExplanationPanel panel(session, clock);
        session.setScene(objective("x^2 + 10*y^2"), QStringLiteral("x^2 + 10*y^2"), nullptr,
                         {run_of("adam", 0.5, {-4, 1})});
        QVERIFY(session.waitUntilComputed());
        QCoreApplication::processEvents();
        clock.setStep(2);
        const QString text = without_word_joiners(panel.toPlainText());
        QVERIFY2(text.contains(QStringLiteral("m̂ = m/(1 − β1^3)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Plain gradient descent would step −lr·∇f")),
                 qPrintable(text));
    }
};

QTEST_MAIN(StepAnatomyTest)
#include "step_anatomy_test.moc"
