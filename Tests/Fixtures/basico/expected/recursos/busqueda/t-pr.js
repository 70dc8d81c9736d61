window.LIBRO_BUSQUEDA.recibir("t-pr",{"practic":[1,[2,1,2,1]],"preparacion":[1,[7,1,8,5]],"proposit":[1,[8,1,9,1]]});
