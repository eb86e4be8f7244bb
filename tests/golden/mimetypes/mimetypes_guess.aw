import mimetypes

for name in ['a.html', 'x.tar.gz', 'http://h/p.json?x', 'noext', 'photo.JPG', 'style.css', 'data.csv',
             'script.js', 'doc.pdf', 'arch.zip', 'file.txt.bz2', 'a.svg', 'movie.mp4', 'song.mp3', 'x.py',
             'data:text/plain;base64,SGk=', 'file:///tmp/a.png', 'a.unknownext', '.bashrc']:
    print(repr(name), mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
for t in ['image/png', 'text/html', 'application/json', 'text/plain', 'application/x-nothing', 'audio/mpeg']:
    print(t, mimetypes.guess_extension(t), sorted(mimetypes.guess_all_extensions(t))[:4])
mimetypes.add_type('application/x-aw', '.aw')
print(mimetypes.guess_type('prog.aw'), mimetypes.guess_extension('application/x-aw'))
m = mimetypes.MimeTypes()
print(m.guess_type('a.gif'), mimetypes.inited, len(mimetypes.types_map) > 50, mimetypes.suffix_map['.tgz'])
