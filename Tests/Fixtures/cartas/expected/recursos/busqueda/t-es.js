window.LIBRO_BUSQUEDA.recibir("t-es",{"escrib":[1,[1,1,1,1]],"esperad":[3,[2,1,4,2,1,2,1,1,3,1,1,3,3,1,3,1,4,1]],"estrategic":[4,[0,1,0,1,1,1,1,6,1,1,3,1,1,2,1,3,1,1]]});
