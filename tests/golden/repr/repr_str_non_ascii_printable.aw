print(repr('é'), repr('\u00e9'), repr('日本'), repr('😀'), repr('\xa0'), repr('\x85'))
