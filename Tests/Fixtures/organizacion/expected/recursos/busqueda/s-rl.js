window.LIBRO_BUSQUEDA.recibir("s-rl",["ampliarl","atenderl","consolidarl","imprimirl","ofrecerl","verl"]);
