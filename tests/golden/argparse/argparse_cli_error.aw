import argparse

parser = argparse.ArgumentParser(description='Greet people.')
parser.add_argument('names', nargs='+', help='who to greet')
parser.add_argument('-n', '--times', type=int, default=1)
parser.add_argument('--shout', action='store_true')
args = parser.parse_args()
for _ in range(args.times):
    for name in args.names:
        msg = f'Hello, {name}!'
        print(msg.upper() if args.shout else msg)
