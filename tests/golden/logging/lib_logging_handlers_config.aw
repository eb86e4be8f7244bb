import io, os, sys, tempfile, warnings
import logging, logging.handlers, logging.config

stream = io.StringIO()
logging.config.dictConfig({
    'version': 1,
    'formatters': {'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
                   'braces': {'format': '{levelname}|{message}', 'style': '{'}},
    'handlers': {'mem': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'stream': stream},
                 'out': {'class': 'logging.StreamHandler', 'formatter': 'braces',
                         'stream': 'ext://sys.stdout', 'level': 'WARNING'}},
    'loggers': {'app': {'handlers': ['mem', 'out'], 'level': 'DEBUG', 'propagate': False}},
})
log = logging.getLogger('app')
log.debug('debug %d', 1)
log.warning('warn %s', 'x')
log.getChild('sub').info('child info')
print(stream.getvalue(), end='')

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'app.log')
    rot = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
    rot.setFormatter(logging.Formatter('%(message)s'))
    r = logging.getLogger('rot')
    r.addHandler(rot)
    r.propagate = False
    for i in range(12):
        r.warning('message number %02d', i)
    rot.close()
    print(sorted(os.listdir(d)))
    with open(path) as f:
        print(f.read().split())

mem_target = logging.StreamHandler(sys.stdout)
mem_target.setFormatter(logging.Formatter('buffered: %(message)s'))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=mem_target)
m = logging.getLogger('mem')
m.addHandler(mh)
m.propagate = False
m.warning('one')
print('nothing yet')
m.error('two')
mh.close()

import queue
q = queue.SimpleQueue()
qlog = logging.getLogger('q')
qlog.addHandler(logging.handlers.QueueHandler(q))
qlog.propagate = False
qlog.warning('queued %s', 'item')
rec = q.get_nowait()
print(type(rec).__name__, rec.getMessage(), rec.msg, rec.args)

ini = """
[loggers]
keys=root
[handlers]
keys=h
[formatters]
keys=f
[logger_root]
level=INFO
handlers=h
[handler_h]
class=StreamHandler
formatter=f
args=(sys.stdout,)
[formatter_f]
format=ini %(levelname)s %(message)s
"""
logging.config.fileConfig(io.StringIO(ini))
logging.info('from fileConfig')
logging.captureWarnings(True)
warnings.warn_explicit('careful', UserWarning, 'fake.py', 3)
logging.captureWarnings(False)
print(logging.getLevelNamesMapping()['WARN'], logging.getLevelName(25), logging.getLevelName('INFO'))
adapter = logging.LoggerAdapter(logging.getLogger('adapt'), {'k': 1})
print(adapter, adapter.getEffectiveLevel())
try:
    logging.config.dictConfig({'version': 2})
except ValueError as e:
    print('ValueError', e)
