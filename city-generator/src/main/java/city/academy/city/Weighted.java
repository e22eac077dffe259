package city.academy.city;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** An immutable weighted choice. */
final class Weighted<T> {

  private final List<T> items;
  private final double[] cumulative;
  private final double total;

  private Weighted(List<T> items, double[] weights) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a weighted choice needs at least one item");
    }
    this.items = Collections.unmodifiableList(new ArrayList<>(items));
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    this.total = sum;
  }

  /** Pairs of item, weight, item, weight... */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> of(Object... itemWeightPairs) {
    List<T> items = new ArrayList<>();
    double[] weights = new double[itemWeightPairs.length / 2];
    for (int i = 0; i < itemWeightPairs.length; i += 2) {
      items.add((T) itemWeightPairs[i]);
      weights[i / 2] = ((Number) itemWeightPairs[i + 1]).doubleValue();
    }
    return new Weighted<>(items, weights);
  }

  T pick(SplittableRandom random) {
    double u = random.nextDouble() * total;
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return items.get(i);
      }
    }
    return items.get(items.size() - 1);
  }

  List<T> items() {
    return items;
  }

  /** Share of the total weight held by item {@code i}. */
  double share(int i) {
    return (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / total;
  }

  boolean contains(T item) {
    return items.contains(item);
  }
}
