package cn.chainscout.dashboard.ui;

import java.util.List;
import java.util.Locale;

import cn.chainscout.dashboard.TrendPoint;
import com.vaadin.flow.component.html.Div;

/** A target's trend as a small inline SVG line; drawn from numbers only, so no user text reaches the markup. */
final class Sparkline {

    static final int WIDTH = 96;
    static final int HEIGHT = 22;
    private static final int PAD = 3;

    static Div of(List<TrendPoint> points, String colour) {
        Div box = new Div();
        box.addClassName("cs-sparkline");
        box.getElement().setAttribute("data-points", String.valueOf(points.size()));
        if (!points.isEmpty()) {
            box.getElement().setProperty("innerHTML", svg(points, colour));
        }
        return box;
    }

    static String svg(List<TrendPoint> points, String colour) {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='" + WIDTH + "' height='"
                + HEIGHT + "' viewBox='0 0 " + WIDTH + " " + HEIGHT + "' role='img'>");
        svg.append("<line x1='0' y1='").append(HEIGHT - 1).append("' x2='").append(WIDTH).append("' y2='")
                .append(HEIGHT - 1).append("' stroke='#e5e7eb'/>");
        if (!points.isEmpty()) {
            double min = points.stream().mapToDouble(TrendPoint::value).min().orElse(0);
            double max = points.stream().mapToDouble(TrendPoint::value).max().orElse(0);
            StringBuilder line = new StringBuilder();
            double x = 0;
            double y = 0;
            for (int i = 0; i < points.size(); i++) {
                x = points.size() == 1 ? WIDTH - PAD : PAD + (WIDTH - 2.0 * PAD) * i / (points.size() - 1);
                y = max == min ? HEIGHT / 2.0 : HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (points.get(i).value() - min) / (max - min);
                line.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            }
            if (points.size() > 1) {
                svg.append("<polyline fill='none' stroke='").append(colour).append("' stroke-width='2' points='")
                        .append(line).append("'/>");
            }
            svg.append("<circle cx='").append(fmt(x)).append("' cy='").append(fmt(y)).append("' r='3' fill='")
                    .append(colour).append("'/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private Sparkline() {
    }
}
