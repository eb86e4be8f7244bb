# http.HTTPStatus and http.HTTPMethod are CPython's enums (aw's http module keeps them).
from http import HTTPStatus, HTTPMethod
import http
print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(418).phrase, HTTPStatus.IM_A_TEAPOT.description)
print(len(HTTPStatus), [s.value for s in HTTPStatus][:5], HTTPStatus.OK == 200)
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.PATCH.description, http.HTTPStatus is HTTPStatus)
print(sorted(m.value for m in HTTPMethod))
try:
    http.Nope
except AttributeError as e:
    print(e)
