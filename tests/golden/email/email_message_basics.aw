# The email package: composing, parsing and the address/date helpers.
from email import message_from_string, message_from_bytes, utils
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header, decode_header
import email.policy

m = EmailMessage()
m["Subject"] = "Hello"
m["From"] = "Ann <ann@example.com>"
m["To"] = "bob@example.com, Cy <cy@example.org>"
m.set_content("Body line\nsecond\n")
print(m.as_string())
print(m["to"].addresses)
print(m.get_content_type(), m.get_content_charset(), repr(m.get_content()))

m2 = EmailMessage()
m2["Subject"] = "Grüße"
m2.set_content("Ünïcödé body\n")
print(m2["Content-Transfer-Encoding"], m2.as_bytes().splitlines()[0])

print(utils.parseaddr("Ann <ann@example.com>"), utils.formataddr(("Bob", "bob@x.org")))
print(utils.getaddresses(["a@b.c, Dee <d@e.f>"]))
print(utils.parsedate_to_datetime("Sat, 21 Nov 2026 10:00:00 +0000"))
print(utils.format_datetime(utils.parsedate_to_datetime("Mon, 02 Mar 2026 07:08:09 -0500")))
print(utils.formatdate(0, usegmt=True))

p = message_from_string("From: a@b\nSubject: hi\nX-N: 1\nX-N: 2\n\nbody\n")
print(p["subject"], p.get_all("x-n"), repr(p.get_payload()), p.keys())
b = message_from_bytes(b"Subject: =?utf-8?q?caf=C3=A9?=\n\nx\n", policy=email.policy.default)
print(b["subject"])
print(decode_header("=?utf-8?q?caf=C3=A9?="), str(Header("café", "utf-8")))

t = MIMEText("x", "plain", "utf-8")
print(t["Content-Type"], t["Content-Transfer-Encoding"], t.get_payload())
mp = MIMEMultipart("alternative")
mp["Subject"] = "multi"
mp.attach(MIMEText("one"))
mp.attach(MIMEText("<b>two</b>", "html"))
print(mp.is_multipart(), [part.get_content_type() for part in mp.walk()])
raw = mp.as_string()
back = message_from_string(raw)
print(back["Subject"], [part.get_payload() for part in back.get_payload()])
