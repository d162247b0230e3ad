import statistics as st
from fractions import Fraction as F
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 3.0]), st.mean([F(1, 2), F(1, 3)]), st.mean([1, 2.5]), st.mean(range(10)))
print(st.fmean([1, 2, 3, 4]), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2, 4], weights=[1, 1, 2]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4, 5]), st.variance([F(1, 2), F(3, 4)]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method='inclusive'), st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92], n=5))
print(st.covariance([1, 2, 3, 4, 5], [1, 3, 2, 5, 4]), st.correlation([1, 2, 3, 4, 5], [1, 3, 2, 5, 4]), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12]))
for f, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]), (st.pvariance, []), (st.quantiles, [1])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, round(n.cdf(130), 6), round(n.pdf(100), 6), round(n.inv_cdf(0.975), 4), [round(q, 3) for q in n.quantiles()], round(n.zscore(130), 3))
print(n + 10, n * 2, round(n.overlap(st.NormalDist(110, 15)), 6), st.NormalDist.from_samples([1, 2, 3, 4, 5]))
print(st.mean([True, False, True]), st.variance([1.0, 1.0, 1.0]), st.stdev([1e9, 1e9 + 1, 1e9 + 2]))
