window.LIBRO_BUSQUEDA.recibir("t-pu",{"public":[1,[1,1,1,1]],"pulgon":[1,[6,1,7,1]],"puls":[1,[4,1,4,1]]});
