window.LIBRO_BUSQUEDA.recibir("t-or",{"org":[1,[0,1,0,1]],"organizacion":[2,[2,1,2,1,6,2,7,1,1,5]],"organizad":[1,[8,1,10,1]]});
