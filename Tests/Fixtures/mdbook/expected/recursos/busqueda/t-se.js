window.LIBRO_BUSQUEDA.recibir("t-se",{"seco":[1,[5,1,6,1]],"sei":[1,[3,1,3,1]],"sembrar":[3,[0,1,0,1,2,1,2,1,2,1,2,10]],"semill":[1,[4,1,4,1]],"semilla1":[1,[4,1,4,1]]});
