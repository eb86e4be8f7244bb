print(repr('line\nnext'), repr('tab\there'), repr('nul\x00'), repr('bell\x07'), repr('back\\slash'), repr('\r'), repr('\x7f'))
