window.LIBRO_BUSQUEDA.recibir("t-co",{"collaboration":[1,[4,1,5,1]],"com":[1,[4,1,5,1]],"concept":[1,[2,2,2,10,1,10]],"confi":[1,[2,1,2,1]],"correccion":[1,[3,1,4,1]],"covey":[2,[2,1,2,1,2,1,3,1]]});
