# statistics: averages, spread, quantiles, NormalDist and StatisticsError, printed exactly.
import statistics as st
from fractions import Fraction as F
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.stdev(data), st.variance(data), st.pstdev(data), st.pvariance(data))
print(st.mean([1.5, 2.5, 3.5]), st.mean([F(1, 3), F(2, 3)]), st.median([3, 1, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]), st.multimode('aabbbbccddddeeffffgg'), st.mode(['red', 'blue', 'red']))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(100), n=10, method='inclusive'), st.median_grouped([52, 52, 53, 54]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.correlation([1, 2, 3, 4, 5], [1, 2, 3, 1, 2]), st.covariance([1, 2, 3, 4], [1, 3, 2, 4]), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
print(st.mean([1, 2, 3, 4, 4]), st.mean([0.1] * 10), st.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.variance(range(10)), st.pstdev([1.0, 2.0, 3.0]))
n = st.NormalDist(100, 15)
print(n, n.cdf(115), n.inv_cdf(0.5), n.pdf(100), round(n.overlap(st.NormalDist(110, 15)), 6), n.quantiles(4), n.zscore(130), n + 5, n * 2)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
for f, a in [(st.mean, []), (st.stdev, [1]), (st.variance, [1]), (st.median, []), (st.mode, []), (st.harmonic_mean, [-1])]:
    try: f(a)
    except st.StatisticsError as e: print(type(e).__name__, e)
print(st.mode([1, 1, 2, 2]), st.mean([True, False]), type(st.mean([1, 2])).__name__, st.mean([1, 2]))
