# inspect.signature and formatannotation with typing annotations (the typing. prefix dropped)
import inspect, typing
from typing import Dict, List, Optional, Union, Callable

def f(a: List[int], b: Optional[str] = None, *args: Union[int, str],
      cb: Callable[[int], str] = str, **kw: Dict[str, typing.Any]) -> typing.Tuple[int, ...]:
    pass

sig = inspect.signature(f)
print(sig)
for p in sig.parameters.values():
    print(p.name, "|", p, "|", inspect.formatannotation(p.annotation))
print(inspect.formatannotation(sig.return_annotation))
print(inspect.formatannotation(list[int]), inspect.formatannotation(int))
